# Tic-tac-toe with a memoized minimax player, alpha-beta statistics and scripted games.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None


def moves(board):
    return [i for i, cell in enumerate(board) if cell == "."]


def play(board, i, player):
    return board[:i] + player + board[i + 1:]


class Solver:
    def __init__(self):
        self.memo = {}
        self.nodes = 0

    def score(self, board, player):
        key = (board, player)
        if key in self.memo:
            return self.memo[key]
        self.nodes += 1
        w = winner(board)
        if w is not None:
            result = 0 if w == "draw" else (1 if w == "X" else -1) * (1 + board.count("."))
        else:
            other = "O" if player == "X" else "X"
            scores = [self.score(play(board, m, player), other) for m in moves(board)]
            result = max(scores) if player == "X" else min(scores)
        self.memo[key] = result
        return result

    def best_move(self, board, player):
        other = "O" if player == "X" else "X"
        options = [(self.score(play(board, m, player), other), m) for m in moves(board)]
        if player == "X":
            return max(options, key=lambda sm: (sm[0], -sm[1]))[1]
        return min(options, key=lambda sm: (sm[0], sm[1]))[1]


def alphabeta(board, player, alpha, beta, counter):
    counter[0] += 1
    w = winner(board)
    if w is not None:
        return 0 if w == "draw" else (1 if w == "X" else -1) * (1 + board.count("."))
    other = "O" if player == "X" else "X"
    if player == "X":
        value = -100
        for m in moves(board):
            value = max(value, alphabeta(play(board, m, player), other, alpha, beta, counter))
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return value
    value = 100
    for m in moves(board):
        value = min(value, alphabeta(play(board, m, player), other, alpha, beta, counter))
        beta = min(beta, value)
        if alpha >= beta:
            break
    return value


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def game(solver, scripted, first="X"):
    board, player, turn = "." * 9, first, 0
    while winner(board) is None:
        if player == "O" and scripted:
            m = scripted.pop(0)
            if board[m] != ".":
                m = moves(board)[0]
        else:
            m = solver.best_move(board, player)
        board = play(board, m, player)
        player = "O" if player == "X" else "X"
        turn += 1
    return board, winner(board), turn


def main():
    solver = Solver()
    print("empty board value:", solver.score("." * 9, "X"), "positions:", len(solver.memo), solver.nodes)
    counter = [0]
    print("alphabeta value:", alphabeta("." * 9, "X", -100, 100, counter), "nodes:", counter[0])
    for script in ([0, 1, 2, 3], [4, 8, 2, 6], [1, 3, 5, 7]):
        board, w, turns = game(solver, list(script))
        print(show(board))
        print("result:", w, "after", turns, "moves")
    board, w, turns = game(solver, [], first="O")
    print(show(board), w, turns)
    trap = "X...O...."
    print("best reply for O:", solver.best_move(trap, "O"), "for X:", solver.best_move("XO..X....", "X"))
    wins = sum(1 for (b, p), v in solver.memo.items() if v > 0)
    print("winning positions for X:", wins, "of", len(solver.memo))


main()
