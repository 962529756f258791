#if canImport(Testing)
  import Foundation
  import Testing

  /// Compares text with a golden file beside the calling test, in `Snapshots/<name>.txt`.
  ///
  /// Set `RECORD_SNAPSHOTS=1` to write the golden files anew; a recording run fails on purpose,
  /// so a new baseline is never accepted without a second, clean run.
  /// - Parameters:
  ///   - actual: The text the test produced.
  ///   - name: The golden file's name, without extension.
  ///   - fileExtension: The golden file's extension.
  ///   - filePath: The calling test file (defaults to the caller).
  ///   - sourceLocation: Where to report a mismatch.
  public func expectSnapshot(
    _ actual: String, named name: String, fileExtension: String = "txt",
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).\(fileExtension)")
    let recording =
      ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty } ?? false
    if recording {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file, options: .atomic)
        Issue.record(
          "Recorded \(file.lastPathComponent); run again without RECORD_SNAPSHOTS to check it.",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("Cannot record \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: file) else {
      Issue.record(
        "No golden file \(file.lastPathComponent); run with RECORD_SNAPSHOTS=1 to create it.",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let firstDifference =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let want = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "<end>"
    let got = firstDifference < actualLines.count ? actualLines[firstDifference] : "<end>"
    Issue.record(
      """
      \(file.lastPathComponent) differs at line \(firstDifference + 1):
        expected: \(want)
        actual:   \(got)
      Run with RECORD_SNAPSHOTS=1 to accept the new output.
      """, sourceLocation: sourceLocation)
  }
#endif
