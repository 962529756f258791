import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The golden page in headless Chromium at a desktop's and a phone's width and on paper.
///
/// Screenshots (`page-1280.png`, `page-390.png`), the test pages and the PDF stay in the test's
/// temporary folder, and are attached to the test run (`swift test --attachments-path DIR`).
// On CI (`CI` set) the suite runs even without a browser, so a missing one fails it.
@Suite(.enabled(if: HeadlessChromium.testsRun, "needs headless Chromium"))
struct HTMLExportBrowserTests {
  /// The width a PNG file's header gives.
  static func pngWidth(_ data: Data) -> Int? {
    let bytes = [UInt8](data)
    guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
    return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
  }

  @Test func theGoldenPageFitsADesktopAndAPhoneAndTheChartTextStaysReadable() throws {
    let browser = try HeadlessChromium.required()
    let folder = try TestPaths.temporaryFolder("skillgap-html-browser")
    let page = HTMLExport.render(try ExportFixtures.golden())
    for width in [1280, 390] {
      let layout = try browser.layout(page, width: width, in: folder)
      // A wider document than the viewport means the page scrolls sideways.
      #expect(layout.scrollWidth <= layout.clientWidth, "at \(width) px: \(layout)")
      #expect(layout.smallestChartText >= 10, "chart text at \(width) px: \(layout)")
      let screenshot = folder.appendingPathComponent("page-\(width).png")
      let png = try Data(contentsOf: screenshot)
      #expect(Self.pngWidth(png) == max(width, 500))
      Attachment.record(png, named: "page-\(width).png")
    }
    let pages = try browser.printedPages(page, in: folder)
    #expect((1...3).contains(pages), "printed on \(pages) pages")
  }
}
