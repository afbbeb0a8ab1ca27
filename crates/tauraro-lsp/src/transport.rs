//! The stdio transport: `Content-Length` framed JSON-RPC on standard input and output, as an
//! [`lsp_server::Connection`].
//!
//! lsp-server's own stdio transport stops reading at the first malformed message; an editor
//! (or a fuzzer) sending one bad frame must not take the server down, so this one answers a
//! payload that is not JSON with a JSON-RPC "Parse error" (id `null`) and a JSON value that is
//! not a message with "Invalid Request", then reads on. Only the end of input, or a frame too
//! large to skip, stops it.

use std::io::{self, BufRead, Write};
use std::thread;

use crossbeam_channel::{Receiver, Sender, select, unbounded};
use lsp_server::{Connection, ErrorCode, Message};

/// A frame larger than this is refused (the reader stops: there is no way to resynchronise).
const MAX_FRAME: usize = 1 << 30;

/// The writer thread, to join once the server has sent its last message.
pub struct WriterThread(thread::JoinHandle<io::Result<()>>);

impl WriterThread {
    /// Waits until every message sent on the connection has been written.
    pub fn join(self) -> io::Result<()> {
        self.0
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

/// A connection over this process's standard input and output.
pub fn stdio() -> (Connection, WriterThread) {
    let (to_server, from_client) = unbounded::<Message>();
    let (to_client, outgoing) = unbounded::<Message>();
    let (raw_sender, raw_frames) = unbounded::<String>();
    thread::Builder::new()
        .name("lsp-reader".to_owned())
        .spawn(move || {
            let stdin = io::stdin();
            read_messages(&mut stdin.lock(), &to_server, &raw_sender)
        })
        .expect("spawning the reader thread");
    let writer = thread::Builder::new()
        .name("lsp-writer".to_owned())
        .spawn(move || write_messages(&mut io::stdout(), &outgoing, &raw_frames))
        .expect("spawning the writer thread");
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        WriterThread(writer),
    )
}

/// One frame's payload, or why there is none.
enum Frame {
    Payload(Vec<u8>),
    /// Headers without a usable `Content-Length`: skipped.
    Malformed(String),
    End,
}

fn read_frame(input: &mut impl BufRead) -> io::Result<Frame> {
    let mut length: Option<usize> = None;
    let mut problem: Option<String> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(Frame::End);
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            // Stray blank lines between frames are tolerated.
            continue;
        }
        saw_header = true;
        match line.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(n) => length = Some(n),
                    Err(_) => problem = Some(format!("bad Content-Length header: {line:?}")),
                }
            }
            Some(_) => {}
            None => problem = Some(format!("malformed header line: {line:?}")),
        }
    }
    let Some(length) = length else {
        return Ok(Frame::Malformed(
            problem.unwrap_or_else(|| "missing Content-Length header".to_owned()),
        ));
    };
    if length > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a frame of {length} bytes is too large"),
        ));
    }
    let mut payload = vec![0; length];
    input.read_exact(&mut payload)?;
    Ok(Frame::Payload(payload))
}

/// The error response to a payload that is not a message (JSON-RPC 2.0 §5.1).
fn error_frame(id: serde_json::Value, code: ErrorCode, message: &str) -> String {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": id,
        "error": { "code": code as i32, "message": message },
    })
    .to_string()
}

fn read_messages(
    input: &mut impl BufRead,
    to_server: &Sender<Message>,
    raw: &Sender<String>,
) -> io::Result<()> {
    loop {
        let payload = match read_frame(input)? {
            Frame::End => return Ok(()),
            Frame::Malformed(problem) => {
                let _ = raw.send(error_frame(
                    serde_json::Value::Null,
                    ErrorCode::ParseError,
                    &problem,
                ));
                continue;
            }
            Frame::Payload(payload) => payload,
        };
        let value: serde_json::Value = match serde_json::from_slice(&payload) {
            Ok(value) => value,
            Err(error) => {
                let _ = raw.send(error_frame(
                    serde_json::Value::Null,
                    ErrorCode::ParseError,
                    &format!("parse error: {error}"),
                ));
                continue;
            }
        };
        let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
        match serde_json::from_value::<Message>(value) {
            Ok(message) => {
                let is_exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if to_server.send(message).is_err() || is_exit {
                    return Ok(());
                }
            }
            Err(error) => {
                let _ = raw.send(error_frame(
                    id,
                    ErrorCode::InvalidRequest,
                    &format!("invalid request: {error}"),
                ));
            }
        }
    }
}

fn write_frame(output: &mut impl Write, text: &str) -> io::Result<()> {
    write!(output, "Content-Length: {}\r\n\r\n", text.len())?;
    output.write_all(text.as_bytes())?;
    output.flush()
}

/// Writes messages until the server drops its sender; error frames from the reader go out as
/// they come.
fn write_messages(
    output: &mut impl Write,
    messages: &Receiver<Message>,
    raw: &Receiver<String>,
) -> io::Result<()> {
    let mut raw_open = true;
    loop {
        if raw_open {
            select! {
                recv(messages) -> message => match message {
                    Ok(message) => message.write(output)?,
                    Err(_) => return Ok(()),
                },
                recv(raw) -> frame => match frame {
                    Ok(frame) => write_frame(output, &frame)?,
                    Err(_) => raw_open = false,
                },
            }
        } else {
            match messages.recv() {
                Ok(message) => message.write(output)?,
                Err(_) => return Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> (Vec<Message>, Vec<String>) {
        let (to_server, from_client) = unbounded();
        let (raw_sender, raw_frames) = unbounded();
        read_messages(&mut input.as_bytes(), &to_server, &raw_sender).unwrap();
        drop(to_server);
        drop(raw_sender);
        (from_client.iter().collect(), raw_frames.iter().collect())
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_frames_get_errors_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            "X-Junk\r\n\r\n".to_owned(),
            frame(r#"{"jsonrpc":"2.0","id":7,"params":{}}"#),
            frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
        ]
        .concat();
        let (messages, errors) = frames(&input);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("-32700") && errors[0].contains("\"id\":null"));
        assert!(errors[2].contains("-32600") && errors[2].contains("\"id\":7"));
    }

    #[test]
    fn a_truncated_frame_ends_reading_without_panicking() {
        let input = "Content-Length: 100\r\n\r\n{\"jsonrpc\"";
        let (to_server, _from_client) = unbounded();
        let (raw_sender, _raw) = unbounded();
        assert!(read_messages(&mut input.as_bytes(), &to_server, &raw_sender).is_err());
    }
}
