import Foundation
import SkillgapTestSupport
import Testing

/// When the browser suites run: skipped without Chromium on a developer's machine, failing
/// without it on CI.
@Suite struct HeadlessChromiumTests {
  let browser = HeadlessChromium(executable: URL(fileURLWithPath: "/usr/bin/chromium"))

  @Test func withoutABrowserTheSuitesAreSkippedOffCIAndRunOnCI() {
    #expect(!HeadlessChromium.testsRun(installed: nil, environment: [:]))
    #expect(HeadlessChromium.testsRun(installed: nil, environment: ["CI": "true"]))
    #expect(HeadlessChromium.testsRun(installed: browser, environment: [:]))
  }

  @Test func aMissingBrowserOnCIFailsTheTestSayingItIsRequired() throws {
    let error = #expect(throws: HeadlessChromium.Missing.self) {
      try HeadlessChromium.required(nil)
    }
    #expect(error?.description.hasPrefix("Headless Chromium is required on CI") == true)
    #expect(try HeadlessChromium.required(browser).executable == browser.executable)
  }

  @Test func aPathWithoutABrowserFindsNone() throws {
    let empty = try TestPaths.temporaryFolder("skillgap-no-browser")
    #expect(HeadlessChromium.find(onPath: empty.path) == nil)
  }
}
