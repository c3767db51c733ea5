#include "tobook_smtp.h"

#include <curl/curl.h>
#include <string.h>

typedef struct {
    const uint8_t *bytes;
    size_t size;
    size_t sent;
} upload;

static size_t read_upload(char *buffer, size_t size, size_t count, void *context) {
    upload *source = context;
    size_t room = size * count;
    size_t left = source->size - source->sent;
    size_t n = left < room ? left : room;
    memcpy(buffer, source->bytes + source->sent, n);
    source->sent += n;
    return n;
}

int tobook_smtp_send(const tobook_smtp_mail *mail, char *error, long *response) {
    error[0] = '\0';
    *response = 0;
    CURL *curl = curl_easy_init();
    if (!curl) {
        strcpy(error, "libcurl could not start");
        return CURLE_FAILED_INIT;
    }
    struct curl_slist *recipients = NULL;
    for (size_t i = 0; i < mail->recipient_count; i++) {
        struct curl_slist *grown = curl_slist_append(recipients, mail->recipients[i]);
        if (!grown) {
            curl_slist_free_all(recipients);
            curl_easy_cleanup(curl);
            strcpy(error, "out of memory");
            return CURLE_OUT_OF_MEMORY;
        }
        recipients = grown;
    }
    upload source = {mail->message, mail->message_size, 0};
    char buffer[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, buffer);
    curl_easy_setopt(curl, CURLOPT_URL, mail->url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (mail->require_starttls) curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
    if (mail->user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, mail->user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, mail->password ? mail->password : "");
    }
    if (mail->ca_file) curl_easy_setopt(curl, CURLOPT_CAINFO, mail->ca_file);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail->from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)mail->message_size);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, mail->connect_timeout);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, mail->stall_timeout);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK) {
        const char *words = buffer[0] ? buffer : curl_easy_strerror(code);
        strncpy(error, words, 255);
        error[255] = '\0';
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, response);
    }
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return (int)code;
}
