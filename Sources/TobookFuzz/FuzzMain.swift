#if FUZZING
    import Glibc

    /// libFuzzer's driver, called from our own `main`: SwiftPM links executables with its own
    /// entry point, which would otherwise hide libFuzzer's `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @main
    enum FuzzMain {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        }
    }
#else
    @main
    enum FuzzMain {
        static func main() {
            print("tobook-fuzz was built without libFuzzer: run 'make fuzz SECONDS=60'.")
        }
    }
#endif
