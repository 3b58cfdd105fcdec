#!/usr/bin/env python3
"""An SMTP server for eventsd's mail tests (Python's own smtpd, a real SMTP implementation).

Prints "port N" once listening, then one line per message: "accepted <n> <to>" or "refused <n> <code>".
--refuse N    answer the first N messages with --code (default 451, a temporary failure); -1: all of them
--stall       accept connections and never greet (a server that hangs mid-delivery)
"""
import argparse
import socket
import sys
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore  # noqa: E402  (Python 3.11: deprecated, still there)
import smtpd  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--refuse", type=int, default=0)
    parser.add_argument("--code", type=int, default=451)
    parser.add_argument("--stall", action="store_true")
    args = parser.parse_args()

    if args.stall:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        print("port", listener.getsockname()[1], flush=True)
        held = []
        while True:
            conn, _ = listener.accept()
            held.append(conn)  # never answered, never closed
            print("stalled", len(held), flush=True)

    class Sink(smtpd.SMTPServer):
        count = 0

        def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
            Sink.count += 1
            if args.refuse < 0 or Sink.count <= args.refuse:
                print("refused", Sink.count, args.code, time.time(), flush=True)
                return f"{args.code} not now, try again later" if args.code < 500 else f"{args.code} refused"
            print("accepted", Sink.count, " ".join(rcpttos), time.time(), flush=True)
            return None

    server = Sink(("127.0.0.1", 0), None, decode_data=False)
    print("port", server.socket.getsockname()[1], flush=True)
    asyncore.loop()


if __name__ == "__main__":
    sys.exit(main())
