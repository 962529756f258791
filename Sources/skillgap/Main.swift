import ArgumentParser
import Foundation

/// The entry point. With no arguments, the interactive assessment starts directly: building the
/// command tree costs milliseconds of start-up that a person waiting for the first frame notices.
///
/// It stays synchronous on purpose: an async entry point hands the main thread to Dispatch,
/// whose worker threads block signals, and the app would no longer see SIGWINCH or SIGTERM.
@main
enum Main {
  @MainActor
  static func main() {
    guard CommandLine.arguments.count == 1 else {
      Skillgap.main()
      return
    }
    do {
      let environment = ProcessInfo.processInfo.environment
      let content = environment["SKILLGAP_CONTENT"].flatMap { $0.isEmpty ? nil : $0 }
      try Assess.launch(content: content, dataDirectory: nil)
    } catch {
      Skillgap.exit(withError: error)
    }
  }
}
