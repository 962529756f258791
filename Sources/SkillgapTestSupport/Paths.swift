import Foundation

/// Paths the tests need: the package root, its `Content/`, and the built products.
public enum TestPaths {
  /// The package root, found from this file's location.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The default framework's folder.
  public static var content: URL { packageRoot.appendingPathComponent("Content") }

  /// The folder that holds the built executables (beside the test bundle).
  public static var productsFolder: URL {
    let bundle = Bundle.main.bundleURL
    var folder = bundle
    // `swift test` runs `<products>/<name>PackageTests.xctest`; step out of it.
    while folder.pathComponents.count > 1
      && !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("skillgap").path)
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }

  /// The built `skillgap` executable.
  public static var skillgapBinary: URL { productsFolder.appendingPathComponent("skillgap") }

  /// A new empty temporary folder.
  public static func temporaryFolder(_ label: String = "skillgap-test") throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
