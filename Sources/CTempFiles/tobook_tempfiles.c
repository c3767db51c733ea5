// A signal handler may only call async-signal-safe functions and read memory that is never
// being reallocated: paths live in fixed slots, claimed with atomic operations.
#include "tobook_tempfiles.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SLOT_COUNT = 64, PATH_BYTES = 4096 };

static char paths[SLOT_COUNT][PATH_BYTES];
static int claimed[SLOT_COUNT];
static volatile sig_atomic_t live[SLOT_COUNT];

static const int handled_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

static void remove_and_die(int signal_number) {
    int saved = errno;
    for (int slot = 0; slot < SLOT_COUNT; slot++) {
        if (live[slot]) unlink(paths[slot]);
    }
    errno = saved;
    // SA_RESETHAND restored the default action: re-raised, the signal ends the process once the
    // handler returns, so the parent sees the usual "killed by SIGINT" status.
    raise(signal_number);
}

int tobook_tempfile_create(char *template_path, int *slot) {
    size_t length = strlen(template_path);
    if (length >= PATH_BYTES) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int chosen = -1;
    for (int index = 0; index < SLOT_COUNT && chosen < 0; index++) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&claimed[index], &expected, 1, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE)) {
            chosen = index;
        }
    }
    if (chosen < 0) {
        errno = EMFILE;
        return -1;
    }
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    for (size_t i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++) {
        sigaddset(&blocked, handled_signals[i]);
    }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    int descriptor = mkstemp(template_path);
    int saved = errno;
    if (descriptor >= 0) {
        memcpy(paths[chosen], template_path, length + 1);
        __atomic_store_n(&live[chosen], 1, __ATOMIC_RELEASE);
    } else {
        __atomic_store_n(&claimed[chosen], 0, __ATOMIC_RELEASE);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = saved;
    *slot = descriptor >= 0 ? chosen : -1;
    return descriptor;
}

void tobook_tempfile_forget(int slot) {
    if (slot < 0 || slot >= SLOT_COUNT) return;
    live[slot] = 0;
    __atomic_store_n(&claimed[slot], 0, __ATOMIC_RELEASE);
}

void tobook_tempfile_remove_on_signals(void) {
    // A parent that spawned us from a thread with signals blocked (test runners, some job
    // launchers) would leave Ctrl-C and SIGTERM pending forever: take them back.
    sigset_t handled;
    sigemptyset(&handled);
    for (size_t i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++) {
        sigaddset(&handled, handled_signals[i]);
    }
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
    for (size_t i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++) {
        struct sigaction current;
        if (sigaction(handled_signals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) {
            continue;
        }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = remove_and_die;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(handled_signals[i], &action, NULL);
    }
    signal(SIGXFSZ, SIG_IGN);
}
