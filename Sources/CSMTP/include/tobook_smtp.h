#ifndef TOBOOK_SMTP_H
#define TOBOOK_SMTP_H

#include <stddef.h>
#include <stdint.h>

/* libcurl's options are set through a variadic function Swift cannot call: this one function
   sets them for one SMTP delivery and runs it, so the protocol stays libcurl's. */

typedef struct {
    const char *url;              /* smtp://HOST:PORT, or smtps://HOST:PORT for implicit TLS */
    int require_starttls;         /* 1: STARTTLS or fail; 0: whatever the URL's scheme says */
    const char *user;             /* NULL: no login */
    const char *password;
    const char *from;             /* the envelope sender */
    const char *const *recipients;
    size_t recipient_count;
    const char *ca_file;          /* a PEM bundle to trust instead of the system's; NULL: system */
    const uint8_t *message;       /* the whole RFC 5322 message, CRLF line ends */
    size_t message_size;
    long connect_timeout;         /* seconds */
    long stall_timeout;           /* seconds below 1 byte/s before giving up */
} tobook_smtp_mail;

/* Sends the message. Returns libcurl's CURLcode (0 on success); on failure `error` (at least
   256 bytes) holds libcurl's words and `*response` the server's last SMTP reply code, if any. */
int tobook_smtp_send(const tobook_smtp_mail *mail, char *error, long *response);

#endif
