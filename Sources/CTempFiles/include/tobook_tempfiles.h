#ifndef TOBOOK_TEMPFILES_H
#define TOBOOK_TEMPFILES_H

/// Creates a temporary file from a mkstemp template (rewritten in place) and remembers its path
/// so a terminating signal removes it; signals are held off meanwhile, so no file is created
/// unremembered. Returns the descriptor (or -1 with errno set) and the slot through `slot`.
int tobook_tempfile_create(char *template_path, int *slot);

/// Forgets a temporary file once it has been renamed into place or removed.
void tobook_tempfile_forget(int slot);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT that remove the remembered files and
/// then end the process by the same signal (signals the caller ignores stay ignored; blocked ones
/// are unblocked); ignores
/// SIGXFSZ, so a file-size limit shows as a write error (EFBIG) instead of a core dump.
void tobook_tempfile_remove_on_signals(void);

#endif
