import Foundation
import Testing

@testable import skillgap

/// How the app's export screen turns the path typed into the files it writes and reports.
@Suite struct ExportWriterTests {
  @Test func aTypedPathIsMadeAbsoluteWithTildeExpandedAndDotsResolved() {
    let home = NSHomeDirectory()
    #expect(
      ExportWriter.absolute("~/plans/../notes/plan.md", from: "/work")
        == (home as NSString).appendingPathComponent("notes/plan.md"))
    #expect(ExportWriter.absolute("~", from: "/work") == home)
    #expect(
      ExportWriter.absolute("plans/./2027/../plan.md", from: "/work") == "/work/plans/plan.md")
    #expect(ExportWriter.absolute("../plan.md", from: "/work/sub") == "/work/plan.md")
    #expect(ExportWriter.absolute("plan.md", from: "/work/") == "/work/plan.md")
    #expect(ExportWriter.absolute("/tmp//a/../b/plan.md", from: "/work") == "/tmp/b/plan.md")
    // Above the root stays at the root, as a shell's `cd /..` does.
    #expect(ExportWriter.absolute("/../../plan.md", from: "/work") == "/plan.md")
  }
}
