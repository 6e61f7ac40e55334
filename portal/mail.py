"""Outgoing e-mail: SMTP when configured (SMTP_HOST), otherwise the log.

Never used for passwords: at most a one-time link to set one.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app

log = logging.getLogger(__name__)


def send_mail(messages: list[tuple[str, str, str]]) -> str:
    """Send (to, subject, body) messages in one connection; returns "smtp" or "log"."""
    config = current_app.config
    if not config.get("SMTP_HOST"):
        for to, subject, body in messages:
            log.info("E-mail aan %s – %s\n%s", to, subject, body)
        return "log"
    with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=30) as smtp:
        if config.get("SMTP_STARTTLS"):
            smtp.starttls()
        if config.get("SMTP_USER"):
            smtp.login(config["SMTP_USER"], config["SMTP_PASSWORD"])
        for to, subject, body in messages:
            message = EmailMessage()
            message["From"] = config["SMTP_FROM"]
            message["To"] = to
            message["Subject"] = subject
            message.set_content(body)
            smtp.send_message(message)
    return "smtp"
