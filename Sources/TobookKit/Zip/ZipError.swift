import CLibzip

/// A libzip failure, carrying libzip's own message.
struct ZipError: Error, Sendable {
    let message: String

    /// The message of a `zip_error_t`, which is then released.
    init(consuming error: inout zip_error_t) {
        message = String(cString: zip_error_strerror(&error))
        zip_error_fini(&error)
    }

    /// The last error of an open archive.
    init(archive: OpaquePointer) {
        message = String(cString: zip_strerror(archive))
    }

    init(message: String) {
        self.message = message
    }
}
