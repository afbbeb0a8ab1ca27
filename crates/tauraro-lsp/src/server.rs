//! The main loop: the LSP lifecycle (initialize, shutdown, exit), dispatch of requests and
//! notifications to the features, and diagnostics publication.
//!
//! Everything runs on one thread against one salsa database; there is no async runtime. A
//! request is answered before the next message is read. Diagnostics are published once the
//! queue of incoming messages is empty, so a burst of keystrokes costs one analysis.
//!
//! Nothing a client sends stops the server: bad parameters get `InvalidParams`, a position on a
//! line the document does not have gets `InvalidParams`, an unknown method `MethodNotFound`, and
//! a panic inside a feature becomes an `InternalError` answer (the server keeps serving).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response, ResponseError};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    DocumentSymbolRequest, FoldingRangeRequest, GotoDefinition, HoverRequest, PrepareRenameRequest,
    References, Rename, Request as _, SemanticTokensFullRequest,
};
use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DocumentSymbolParams, DocumentSymbolResponse, FoldingRange, FoldingRangeParams,
    FoldingRangeProviderCapability, GotoDefinitionParams, GotoDefinitionResponse, Hover,
    HoverParams, HoverProviderCapability, InitializeResult, Location, MessageType, OneOf,
    PositionEncodingKind, PrepareRenameResponse, PublishDiagnosticsParams, ReferenceParams,
    RenameOptions, RenameParams, SemanticTokensFullOptions, SemanticTokensOptions,
    SemanticTokensParams, SemanticTokensResult, ServerCapabilities, ServerInfo,
    TextDocumentPositionParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextEdit, Uri, WorkDoneProgressOptions, WorkspaceEdit,
};
use serde_json::Value;
use tauraro_hir::{Database, SourceFile};
use tauraro_syntax::{SyntaxNode, TextSize};

use crate::line_index::LineIndex;
use crate::resolve::FileNames;
use crate::workspace::{Workspace, uri_to_path};
use crate::{definition, diagnostics, folding, hover, references, semantic_tokens, symbols, sync};

/// How the session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `exit` after `shutdown`.
    Clean,
    /// `exit` without `shutdown`, or the client went away.
    Abrupt,
}

#[derive(PartialEq, Eq)]
enum State {
    Uninitialized,
    Running,
    ShuttingDown,
}

pub struct Server {
    connection: Connection,
    workspace: Workspace,
    state: State,
    /// Documents whose diagnostics must be published when the queue is empty.
    dirty: Vec<Uri>,
}

type Answer = Result<Value, ResponseError>;

fn error(code: ErrorCode, message: impl Into<String>) -> ResponseError {
    ResponseError {
        code: code as i32,
        message: message.into(),
        data: None,
    }
}

impl Server {
    pub fn new(connection: Connection, db: Database) -> Server {
        Server {
            connection,
            workspace: Workspace::new(db),
            state: State::Uninitialized,
            dirty: Vec::new(),
        }
    }

    /// Serves until `exit` or the end of input.
    pub fn run(mut self) -> Exit {
        loop {
            let Ok(message) = self.connection.receiver.recv() else {
                return Exit::Abrupt;
            };
            if let Some(exit) = self.handle(message) {
                return exit;
            }
            while let Ok(message) = self.connection.receiver.try_recv() {
                if let Some(exit) = self.handle(message) {
                    return exit;
                }
            }
            self.publish_dirty();
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // The client is gone if this fails; the loop ends when the receiver says so.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_owned(), params));
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify::<lsp_types::notification::LogMessage>(lsp_types::LogMessageParams {
            typ,
            message,
        });
    }

    fn handle(&mut self, message: Message) -> Option<Exit> {
        match message {
            Message::Request(request) => {
                self.request(request);
                None
            }
            Message::Notification(notification) => self.notification(notification),
            // The server sends no requests, so responses are not expected: ignore them.
            Message::Response(_) => None,
        }
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let answer = match self.state {
            State::Uninitialized if request.method != "initialize" => Err(error(
                ErrorCode::ServerNotInitialized,
                format!("'{}' before 'initialize'", request.method),
            )),
            State::ShuttingDown => Err(error(
                ErrorCode::InvalidRequest,
                format!("'{}' after 'shutdown'", request.method),
            )),
            _ => {
                let method = request.method.clone();
                catch_unwind(AssertUnwindSafe(|| self.dispatch(request))).unwrap_or_else(|panic| {
                    Err(error(
                        ErrorCode::InternalError,
                        format!("internal error in '{method}': {}", panic_message(&panic)),
                    ))
                })
            }
        };
        let response = Response {
            id,
            response_result: answer,
        };
        self.send(response);
    }

    fn dispatch(&mut self, request: Request) -> Answer {
        let Request { method, params, .. } = request;
        match method.as_str() {
            "initialize" => self.initialize(params),
            "shutdown" => {
                // Diagnostics of changes made before shutdown are still owed.
                self.publish_dirty();
                self.state = State::ShuttingDown;
                Ok(Value::Null)
            }
            GotoDefinition::METHOD => call::<GotoDefinition>(self, params, Server::definition),
            HoverRequest::METHOD => call::<HoverRequest>(self, params, Server::hover),
            DocumentSymbolRequest::METHOD => {
                call::<DocumentSymbolRequest>(self, params, Server::document_symbols)
            }
            SemanticTokensFullRequest::METHOD => {
                call::<SemanticTokensFullRequest>(self, params, Server::semantic_tokens)
            }
            FoldingRangeRequest::METHOD => {
                call::<FoldingRangeRequest>(self, params, Server::folding_ranges)
            }
            References::METHOD => call::<References>(self, params, Server::references),
            PrepareRenameRequest::METHOD => {
                call::<PrepareRenameRequest>(self, params, Server::prepare_rename)
            }
            Rename::METHOD => call::<Rename>(self, params, Server::rename),
            _ => Err(error(
                ErrorCode::MethodNotFound,
                format!("unknown method '{method}'"),
            )),
        }
    }

    fn notification(&mut self, notification: Notification) -> Option<Exit> {
        if notification.method == "exit" {
            return Some(if self.state == State::ShuttingDown {
                Exit::Clean
            } else {
                Exit::Abrupt
            });
        }
        if self.state != State::Running {
            return None;
        }
        let method = notification.method.clone();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            self.dispatch_notification(notification)
        }));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(problem)) => self.log(MessageType::WARNING, format!("{method}: {problem}")),
            Err(panic) => self.log(
                MessageType::ERROR,
                format!("internal error in '{method}': {}", panic_message(&panic)),
            ),
        }
        None
    }

    fn dispatch_notification(&mut self, notification: Notification) -> Result<(), String> {
        let Notification { method, params } = notification;
        match method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: DidOpenTextDocumentParams =
                    serde_json::from_value(params).map_err(|e| e.to_string())?;
                let document = params.text_document;
                self.workspace
                    .open(document.uri.clone(), document.version, document.text);
                self.mark_dirty(document.uri);
            }
            DidChangeTextDocument::METHOD => {
                let params: DidChangeTextDocumentParams =
                    serde_json::from_value(params).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                let file = self
                    .workspace
                    .file(&uri)
                    .filter(|_| self.workspace.is_open(&uri))
                    .ok_or_else(|| {
                        format!("change to a document that is not open: {}", uri.as_str())
                    })?;
                let mut text = self.workspace.text(file).to_owned();
                for change in &params.content_changes {
                    sync::apply_change(&mut text, change);
                }
                self.workspace
                    .set_text(&uri, params.text_document.version, text);
                self.mark_dirty(uri);
            }
            DidCloseTextDocument::METHOD => {
                let params: DidCloseTextDocumentParams =
                    serde_json::from_value(params).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                self.workspace.close(&uri);
                self.dirty.retain(|d| *d != uri);
                // Diagnostics of a closed document are the editor's no longer.
                self.notify::<PublishDiagnostics>(PublishDiagnosticsParams {
                    uri,
                    diagnostics: Vec::new(),
                    version: None,
                });
            }
            // Everything else (`initialized`, `$/cancelRequest`, `$/setTrace`, `didSave`,
            // configuration and watched-file changes) needs no action: disk files are re-read
            // when their modification time changes.
            _ => {}
        }
        Ok(())
    }

    fn mark_dirty(&mut self, uri: Uri) {
        if !self.dirty.contains(&uri) {
            self.dirty.push(uri);
        }
    }

    /// Publishes the diagnostics of every document changed since the last publication.
    pub fn publish_dirty(&mut self) {
        for uri in std::mem::take(&mut self.dirty) {
            let Some(file) = self.workspace.file(&uri) else {
                continue;
            };
            let version = self.workspace.version(&uri);
            let computed = catch_unwind(AssertUnwindSafe(|| {
                diagnostics::diagnostics(self.workspace.db(), file)
            }));
            match computed {
                Ok(diagnostics) => self.notify::<PublishDiagnostics>(PublishDiagnosticsParams {
                    uri,
                    diagnostics,
                    version,
                }),
                Err(panic) => self.log(
                    MessageType::ERROR,
                    format!(
                        "internal error computing diagnostics of {}: {}",
                        uri.as_str(),
                        panic_message(&panic)
                    ),
                ),
            }
        }
    }

    fn initialize(&mut self, params: Value) -> Answer {
        if self.state != State::Uninitialized {
            return Err(error(ErrorCode::InvalidRequest, "already initialized"));
        }
        self.workspace.set_roots(workspace_roots(&params));
        self.state = State::Running;
        let capabilities = ServerCapabilities {
            position_encoding: Some(PositionEncodingKind::UTF16),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            definition_provider: Some(OneOf::Left(true)),
            references_provider: Some(OneOf::Left(true)),
            document_symbol_provider: Some(OneOf::Left(true)),
            folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
            rename_provider: Some(OneOf::Right(RenameOptions {
                prepare_provider: Some(true),
                work_done_progress_options: WorkDoneProgressOptions::default(),
            })),
            semantic_tokens_provider: Some(
                SemanticTokensOptions {
                    work_done_progress_options: WorkDoneProgressOptions::default(),
                    legend: semantic_tokens::legend(),
                    range: None,
                    full: Some(SemanticTokensFullOptions::Bool(true)),
                }
                .into(),
            ),
            ..ServerCapabilities::default()
        };
        let result = InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "tauraro-lsp".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
        };
        serde_json::to_value(result).map_err(|e| error(ErrorCode::InternalError, e.to_string()))
    }

    /// The file of a document: open in the editor, or read from disk.
    fn document(&mut self, uri: &Uri) -> Result<SourceFile, ResponseError> {
        if let Some(file) = self.workspace.file(uri) {
            return Ok(file);
        }
        uri_to_path(uri)
            .and_then(|path| self.workspace.load(&path))
            .ok_or_else(|| {
                error(
                    ErrorCode::InvalidParams,
                    format!("unknown document: {}", uri.as_str()),
                )
            })
    }

    fn offset(
        &mut self,
        position: &TextDocumentPositionParams,
    ) -> Result<(SourceFile, TextSize), ResponseError> {
        let file = self.document(&position.text_document.uri)?;
        let index = self.workspace.line_index(file);
        let offset = index
            .offset(position.position)
            .map_err(|e| error(ErrorCode::InvalidParams, e.to_string()))?;
        Ok((file, offset))
    }

    fn location(&self, file: SourceFile, range: tauraro_syntax::TextRange) -> Option<Location> {
        let uri = self.workspace.uri_of(file)?;
        let index = self.workspace.line_index(file);
        Some(Location::new(uri, index.range(range)))
    }

    fn definition(
        &mut self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>, ResponseError> {
        let (file, offset) = self.offset(&params.text_document_position_params)?;
        let target = definition::definition_at(&mut self.workspace, file, offset);
        Ok(target
            .and_then(|t| t.location())
            .and_then(|(file, range)| self.location(file, range))
            .map(GotoDefinitionResponse::Scalar))
    }

    fn hover(&mut self, params: HoverParams) -> Result<Option<Hover>, ResponseError> {
        let (file, offset) = self.offset(&params.text_document_position_params)?;
        Ok(hover::hover(&mut self.workspace, file, offset))
    }

    fn document_symbols(
        &mut self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>, ResponseError> {
        let file = self.document(&params.text_document.uri)?;
        let db = self.workspace.db();
        let parsed = tauraro_hir::db::parse(db, file);
        let names = FileNames::new(db, file);
        let index = self.workspace.line_index(file);
        let symbols = symbols::document_symbols(&parsed.module(), &names, &index);
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    fn semantic_tokens(
        &mut self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>, ResponseError> {
        let file = self.document(&params.text_document.uri)?;
        let tokens = semantic_tokens::semantic_tokens(&mut self.workspace, file);
        Ok(Some(SemanticTokensResult::Tokens(tokens)))
    }

    fn folding_ranges(
        &mut self,
        params: FoldingRangeParams,
    ) -> Result<Option<Vec<FoldingRange>>, ResponseError> {
        let file = self.document(&params.text_document.uri)?;
        let parsed = tauraro_hir::db::parse(self.workspace.db(), file);
        let root = SyntaxNode::new_root(parsed.green.clone());
        let index: std::sync::Arc<LineIndex> = self.workspace.line_index(file);
        Ok(Some(folding::folding_ranges(&root, &index)))
    }

    fn references(
        &mut self,
        params: ReferenceParams,
    ) -> Result<Option<Vec<Location>>, ResponseError> {
        let (file, offset) = self.offset(&params.text_document_position)?;
        let names = FileNames::new(self.workspace.db(), file);
        let Some(ranges) =
            references::references(&names, offset, params.context.include_declaration)
        else {
            return Ok(None);
        };
        Ok(Some(
            ranges
                .into_iter()
                .filter_map(|range| self.location(file, range))
                .collect(),
        ))
    }

    fn prepare_rename(
        &mut self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>, ResponseError> {
        let (file, offset) = self.offset(&params)?;
        let names = FileNames::new(self.workspace.db(), file);
        let (symbol, range) = references::prepare_rename(&names, offset)
            .map_err(|e| error(ErrorCode::RequestFailed, e.0))?;
        let index = self.workspace.line_index(file);
        Ok(Some(PrepareRenameResponse::RangeWithPlaceholder {
            range: index.range(range),
            placeholder: symbol.name().to_owned(),
        }))
    }

    fn rename(&mut self, params: RenameParams) -> Result<Option<WorkspaceEdit>, ResponseError> {
        let (file, offset) = self.offset(&params.text_document_position)?;
        let names = FileNames::new(self.workspace.db(), file);
        let dialect = file.dialect(self.workspace.db());
        let ranges = references::rename(&names, offset, &params.new_name, |name| {
            is_keyword(name, dialect)
        })
        .map_err(|e| error(ErrorCode::RequestFailed, e.0))?;
        let index = self.workspace.line_index(file);
        let edits: Vec<TextEdit> = ranges
            .into_iter()
            .map(|range| TextEdit::new(index.range(range), params.new_name.clone()))
            .collect();
        let uri = params.text_document_position.text_document.uri;
        Ok(Some(WorkspaceEdit::new(
            [(uri, edits)].into_iter().collect(),
        )))
    }
}

/// Deserializes the parameters of `R`, runs `handler`, serializes its result.
fn call<R: lsp_types::request::Request>(
    server: &mut Server,
    params: Value,
    handler: fn(&mut Server, R::Params) -> Result<R::Result, ResponseError>,
) -> Answer {
    let params: R::Params = serde_json::from_value(params).map_err(|e| {
        error(
            ErrorCode::InvalidParams,
            format!("invalid parameters for '{}': {e}", R::METHOD),
        )
    })?;
    let result = handler(server, params)?;
    serde_json::to_value(result).map_err(|e| error(ErrorCode::InternalError, e.to_string()))
}

/// Whether `name` is a keyword (hard or soft) of the dialect, so not a valid new name.
fn is_keyword(name: &str, dialect: tauraro_syntax::Dialect) -> bool {
    use tauraro_syntax::SyntaxKind;
    SyntaxKind::from_keyword(name).is_some()
        || (dialect == tauraro_syntax::Dialect::Tauraro
            && (tauraro_syntax::hausa::keyword(name).is_some() || name == "kokuma"))
}

/// The workspace folders of `initialize` (`workspaceFolders`, else `rootUri`, else `rootPath`).
fn workspace_roots(params: &Value) -> Vec<PathBuf> {
    let uri_path = |value: &Value| {
        value
            .as_str()
            .and_then(|s| s.parse::<Uri>().ok())
            .and_then(|uri| uri_to_path(&uri))
    };
    let folders: Vec<PathBuf> = params
        .get("workspaceFolders")
        .and_then(Value::as_array)
        .map(|folders| {
            folders
                .iter()
                .filter_map(|f| f.get("uri").and_then(uri_path))
                .collect()
        })
        .unwrap_or_default();
    if !folders.is_empty() {
        return folders;
    }
    if let Some(root) = params.get("rootUri").and_then(uri_path) {
        return vec![root];
    }
    params
        .get("rootPath")
        .and_then(Value::as_str)
        .map(PathBuf::from)
        .into_iter()
        .collect()
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_owned())
}
