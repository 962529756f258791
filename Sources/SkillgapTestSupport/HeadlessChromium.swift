import Foundation

/// Headless Chromium for end-to-end tests of the HTML page: how wide the page lays out at a
/// given viewport width, screenshots, and how many pages it prints on.
///
/// Every run gets its own profile folder, so tests running at the same time (or a person's own
/// browser) never share a profile lock.
public struct HeadlessChromium: Sendable {
  /// The browser executable.
  public var executable: URL

  /// A browser at `executable`.
  /// - Parameter executable: The browser's executable file.
  public init(executable: URL) {
    self.executable = executable
  }

  /// What the page measured at one viewport width.
  public struct Layout: Sendable, Equatable {
    /// The document's scroll width, in CSS pixels.
    public var scrollWidth: Int
    /// The viewport's width without a scroll bar, in CSS pixels.
    public var clientWidth: Int
    /// The smallest text size in the chart as drawn, in CSS pixels (0 without a chart).
    public var smallestChartText: Double
  }

  /// The browser found on `PATH`, or nil when none is installed.
  public static let installed: HeadlessChromium? = find(
    onPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

  /// The first browser executable in the folders of `path` (a `PATH` value), or nil.
  /// - Parameter path: Folders separated by `:`.
  /// - Returns: The browser, or nil when none of the folders holds one.
  public static func find(onPath path: String) -> HeadlessChromium? {
    for folder in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) {
          return HeadlessChromium(executable: candidate)
        }
      }
    }
    return nil
  }

  /// Whether the browser tests run here: always on CI (the variable `CI` is set), where a
  /// missing browser must fail them, and elsewhere only with a browser installed.
  ///
  /// A developer without Chromium sees the suites skipped; CI, which installs it (`.ci/run`),
  /// never passes with them skipped silently.
  public static let testsRun = testsRun(
    installed: installed, environment: ProcessInfo.processInfo.environment)

  /// Whether the browser tests run with `installed` in `environment` (see ``testsRun``).
  /// - Parameters:
  ///   - installed: The browser found, or nil.
  ///   - environment: The process environment.
  /// - Returns: True with a browser, or on CI without one.
  public static func testsRun(installed: HeadlessChromium?, environment: [String: String]) -> Bool {
    installed != nil || environment["CI"] != nil
  }

  /// The browser the tests use.
  /// - Parameter installed: The browser found, or nil.
  /// - Returns: `installed` when there is one.
  /// - Throws: ``Missing/requiredOnCI`` without one: the tests only run without a browser on CI.
  public static func required(_ installed: HeadlessChromium? = installed) throws
    -> HeadlessChromium
  {
    guard let installed else { throw Missing.requiredOnCI }
    return installed
  }

  /// Why the browser tests cannot run.
  public enum Missing: Error, CustomStringConvertible {
    /// CI runs the browser tests, and no browser is on `PATH`.
    case requiredOnCI

    public var description: String {
      "Headless Chromium is required on CI (CI is set) but none of chromium, chromium-browser "
        + "or google-chrome is on PATH; install it (.ci/run does, as the apt package chromium)."
    }
  }

  /// Runs the browser headless with `arguments` and a fresh profile in `folder`.
  /// - Returns: What it printed.
  /// - Throws: An error when the browser cannot be started.
  @discardableResult
  public func run(_ arguments: [String], in folder: URL) throws -> CommandResult {
    let profile = try TestPaths.temporaryFolder("skillgap-chromium-profile")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try CommandRunner.run(
      executable,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--mute-audio",
        "--hide-scrollbars", "--user-data-dir=\(profile.path)",
      ] + arguments,
      environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
      in: folder)
  }

  /// Lays `page` out in a frame `width` CSS pixels wide and measures it.
  ///
  /// Headless windows are never narrower than 500 pixels and the page's own security policy
  /// forbids scripts, so the page is shown in a frame of the wanted width inside a small test
  /// page whose script measures the frame's document.
  /// - Parameters:
  ///   - page: The HTML page.
  ///   - width: The viewport width, in CSS pixels.
  ///   - folder: Where the test page and the screenshot `page-<width>.png` are written.
  /// - Returns: The layout measured.
  /// - Throws: An error when the browser cannot run or measures nothing.
  public func layout(_ page: String, width: Int, in folder: URL) throws -> Layout {
    let height = 1600
    let frame = folder.appendingPathComponent("frame-\(width).html")
    try Self.framePage(page, width: width, height: height).write(
      to: frame, atomically: true, encoding: .utf8)
    let window = "--window-size=\(max(width, 500)),\(height)"
    let dump = try run(
      ["--virtual-time-budget=5000", window, "--dump-dom", frame.path], in: folder)
    try run(
      [
        "--virtual-time-budget=5000", window,
        "--screenshot=\(folder.appendingPathComponent("page-\(width).png").path)", frame.path,
      ], in: folder)
    guard let match = dump.output.firstMatch(of: #/data-layout="(\d+) (\d+) ([0-9.]+)"/#),
      let scroll = Int(match.output.1), let client = Int(match.output.2),
      let text = Double(match.output.3)
    else {
      throw MeasureError.nothingMeasured(dump.error.split(separator: "\n").suffix(3).joined())
    }
    return Layout(scrollWidth: scroll, clientWidth: client, smallestChartText: text)
  }

  /// Prints `page` to PDF and counts its pages.
  /// - Parameters:
  ///   - page: The HTML page.
  ///   - folder: Where `page.html` and `page.pdf` are written.
  /// - Returns: The number of pages.
  /// - Throws: An error when the browser cannot run or writes no PDF.
  public func printedPages(_ page: String, in folder: URL) throws -> Int {
    let html = folder.appendingPathComponent("page.html")
    let pdf = folder.appendingPathComponent("page.pdf")
    try page.write(to: html, atomically: true, encoding: .utf8)
    let result = try run(
      ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.path], in: folder)
    guard let data = try? Data(contentsOf: pdf) else {
      throw MeasureError.nothingMeasured(result.error.split(separator: "\n").suffix(3).joined())
    }
    // Page objects are written uncompressed as `/Type /Page`; the page tree is `/Type /Pages`.
    let text = String(decoding: data, as: UTF8.self)
    return text.matches(of: #/\/Type\s*\/Page(?!s)/#).count
  }

  /// Why a measurement failed.
  public enum MeasureError: Error {
    /// The browser ran but reported nothing; the last lines it printed.
    case nothingMeasured(String)
  }

  /// A test page that shows `page` in a frame and writes what it measures into its body.
  static func framePage(_ page: String, width: Int, height: Int) -> String {
    let escaped = page.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "\"", with: "&quot;")
    return """
      <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
      <iframe id="page" style="border:0;width:\(width)px;height:\(height)px" srcdoc="\(escaped)">
      </iframe>
      <script>
      window.addEventListener("load", function () {
        var doc = document.getElementById("page").contentDocument;
        var smallest = 0;
        doc.querySelectorAll("svg.chart text").forEach(function (text) {
          var svg = text.ownerSVGElement;
          var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          var size = parseFloat(doc.defaultView.getComputedStyle(text).fontSize) * scale;
          smallest = smallest === 0 ? size : Math.min(smallest, size);
        });
        var root = doc.documentElement;
        document.body.setAttribute(
          "data-layout", root.scrollWidth + " " + root.clientWidth + " " + smallest.toFixed(1));
      });
      </script></body></html>
      """
  }
}
