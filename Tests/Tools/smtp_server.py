#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the --send-to tests: aiosmtpd, as a mail service runs it.

Usage: smtp_server.py FOLDER --security starttls|tls|none [--user U --password P]

Makes a throwaway certificate for 127.0.0.1 (FOLDER/cert.pem, which the test trusts through
--smtp-ca-file), listens on a free port and prints `ready PORT` once it accepts connections.
Each message it takes is written to FOLDER/message-N.json: the envelope, the headers as
decoded, the text part, and each attachment's file name, media type, size and SHA-256. With a
user, STARTTLS (or TLS) and login are required and any other password is refused (535).
Runs until its standard input closes or it gets SIGTERM.
"""
import argparse
import email
import email.policy
import hashlib
import json
import os
import signal
import socket
import ssl
import subprocess
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Saver:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        attachments = []
        for part in message.iter_attachments():
            payload = part.get_content()
            attachments.append({
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "size": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
            })
        body = message.get_body(("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {name: str(value) for name, value in message.items()},
            "text": body.get_content() if body else "",
            "attachments": attachments,
            "tls": session.ssl is not None or server.transport.get_extra_info("sslcontext") is not None,
            "authenticated": bool(session.authenticated),
        }
        self.count += 1
        path = os.path.join(self.folder, f"message-{self.count}.json")
        with open(path + ".part", "w") as file:
            json.dump(record, file)
        os.rename(path + ".part", path)
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def certificate(folder):
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--security", choices=["starttls", "tls", "none"], default="starttls")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        good = (isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == args.user
                and auth_data.password.decode() == args.password)
        return AuthResult(success=good, handled=False)

    options = {}
    if args.security != "none":
        context = certificate(args.folder)
        if args.security == "starttls":
            options.update(tls_context=context, require_starttls=True)
        else:
            options.update(ssl_context=context)
    if args.user:
        # aiosmtpd knows only STARTTLS as TLS for its auth_require_tls: with TLS from the
        # first byte the connection is secure anyway.
        options.update(authenticator=authenticate, auth_required=True,
                       auth_require_tls=args.security == "starttls")
    port = free_port()
    controller = Controller(Saver(args.folder), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print(f"ready {port}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
