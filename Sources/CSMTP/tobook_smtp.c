#include "tobook_smtp.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* libcurl is opened when a book is mailed, not linked: linked, it and the two dozen libraries
   it needs (TLS, Kerberos, LDAP, SSH, RTMP) were loaded by every run, about 5 MB of memory for
   a feature most runs never use. */
typedef struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    const char *(*easy_strerror)(CURLcode);
    void (*easy_cleanup)(CURL *);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl_api;

/* Fills `api` from libcurl; on failure says why in `error` and returns nonzero. The library
   stays loaded for the process's life (mail is sent at the end of a run). */
static int load_curl(curl_api *api, char *error) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(error, 256, "libcurl could not be loaded (%s): install libcurl4", dlerror());
        return 1;
    }
    void *symbols[8] = {
        dlsym(library, "curl_easy_init"),    dlsym(library, "curl_easy_setopt"),
        dlsym(library, "curl_easy_perform"), dlsym(library, "curl_easy_getinfo"),
        dlsym(library, "curl_easy_strerror"), dlsym(library, "curl_easy_cleanup"),
        dlsym(library, "curl_slist_append"), dlsym(library, "curl_slist_free_all"),
    };
    for (int i = 0; i < 8; i++) {
        if (!symbols[i]) {
            snprintf(error, 256, "libcurl lacks a function tobook needs (%s)", dlerror());
            return 1;
        }
    }
    memcpy(&api->easy_init, &symbols[0], sizeof(void *));
    memcpy(&api->easy_setopt, &symbols[1], sizeof(void *));
    memcpy(&api->easy_perform, &symbols[2], sizeof(void *));
    memcpy(&api->easy_getinfo, &symbols[3], sizeof(void *));
    memcpy(&api->easy_strerror, &symbols[4], sizeof(void *));
    memcpy(&api->easy_cleanup, &symbols[5], sizeof(void *));
    memcpy(&api->slist_append, &symbols[6], sizeof(void *));
    memcpy(&api->slist_free_all, &symbols[7], sizeof(void *));
    return 0;
}

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

/* The options of one delivery. */
static void set_options(const curl_api *api, CURL *curl, const tobook_smtp_mail *mail,
                        struct curl_slist *recipients, upload *source, char *buffer) {
    api->easy_setopt(curl, CURLOPT_ERRORBUFFER, buffer);
    api->easy_setopt(curl, CURLOPT_URL, mail->url);
    api->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (mail->require_starttls) api->easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
    if (mail->user) {
        api->easy_setopt(curl, CURLOPT_USERNAME, mail->user);
        api->easy_setopt(curl, CURLOPT_PASSWORD, mail->password ? mail->password : "");
    }
    if (mail->ca_file) api->easy_setopt(curl, CURLOPT_CAINFO, mail->ca_file);
    api->easy_setopt(curl, CURLOPT_MAIL_FROM, mail->from);
    api->easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    api->easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    api->easy_setopt(curl, CURLOPT_READDATA, source);
    api->easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    api->easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)mail->message_size);
    api->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, mail->connect_timeout);
    api->easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    api->easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, mail->stall_timeout);
    api->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
}

int tobook_smtp_send(const tobook_smtp_mail *mail, char *error, long *response) {
    error[0] = '\0';
    *response = 0;
    curl_api api;
    if (load_curl(&api, error) != 0) return CURLE_FAILED_INIT;
    CURL *curl = api.easy_init();
    if (!curl) {
        strcpy(error, "libcurl could not start");
        return CURLE_FAILED_INIT;
    }
    struct curl_slist *recipients = NULL;
    for (size_t i = 0; i < mail->recipient_count; i++) {
        struct curl_slist *grown = api.slist_append(recipients, mail->recipients[i]);
        if (!grown) {
            api.slist_free_all(recipients);
            api.easy_cleanup(curl);
            strcpy(error, "out of memory");
            return CURLE_OUT_OF_MEMORY;
        }
        recipients = grown;
    }
    upload source = {mail->message, mail->message_size, 0};
    char buffer[CURL_ERROR_SIZE] = "";
    set_options(&api, curl, mail, recipients, &source, buffer);
    CURLcode code = api.easy_perform(curl);
    if (code != CURLE_OK) {
        const char *words = buffer[0] ? buffer : api.easy_strerror(code);
        strncpy(error, words, 255);
        error[255] = '\0';
        api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, response);
    }
    api.slist_free_all(recipients);
    api.easy_cleanup(curl);
    return (int)code;
}
