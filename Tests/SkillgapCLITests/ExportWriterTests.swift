import Foundation
import Testing

@testable import skillgap

/// How the app's export screen turns the path typed into the files it writes and reports.
@Suite struct ExportWriterTests {
  @Test func aTypedPathIsMadeAbsoluteWithTildeExpandedAndDotsResolved() {
    let home = NSHomeDirectory()
    #expect(
      ExportWriter.absolute("~/plans/../notes/plan.md", from: "/srv/plans")
        == (home as NSString).appendingPathComponent("notes/plan.md"))
    #expect(ExportWriter.absolute("~", from: "/srv/plans") == home)
    #expect(
      ExportWriter.absolute("notes/./2027/../plan.md", from: "/srv/plans")
        == "/srv/plans/notes/plan.md")
    #expect(ExportWriter.absolute("../plan.md", from: "/srv/plans/sub") == "/srv/plans/plan.md")
    #expect(ExportWriter.absolute("plan.md", from: "/srv/plans/") == "/srv/plans/plan.md")
    #expect(ExportWriter.absolute("/tmp//a/../b/plan.md", from: "/srv/plans") == "/tmp/b/plan.md")
    // Above the root stays at the root, as a shell's `cd /..` does.
    #expect(ExportWriter.absolute("/../../plan.md", from: "/srv/plans") == "/plan.md")
  }
}
