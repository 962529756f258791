import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Reading a framework folder from disk: every file that cannot be used is a diagnostic with
/// its place, and links are followed or named (issue 14, item 21).
@Suite struct FrameworkFolderTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  func folder(_ files: [SourceFile]? = nil) throws -> URL {
    try YAMLFixtures.write(files ?? YAMLFixtures.valid(levels: five))
  }

  @Test func aFileThatIsNotUTF8IsAnErrorAtItsFirstBadByte() throws {
    let url = try folder()
    let file = url.appendingPathComponent("categories/01-basics.yaml")
    var bytes = try Data(contentsOf: file)
    let text = String(decoding: bytes, as: UTF8.self)
    let offset = try #require(text.utf8.firstIndex(of: UInt8(ascii: "a"), after: "The b"))
    bytes[offset] = 0xE9
    try bytes.write(to: file)
    let result = try FrameworkFolder.load(url)
    #expect(result.framework == nil)
    let problem = try #require(result.diagnostics.first)
    #expect(problem.file == "categories/01-basics.yaml")
    #expect((problem.line, problem.column) == (4, 21))
    #expect(problem.message.contains("not UTF-8 text (byte 0xE9"))
  }

  @Test func aFIFOIsAnErrorNamingItAndTheReadDoesNotBlock() throws {
    let url = try folder()
    let fifo = url.appendingPathComponent("roles/more.yaml")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let result = try FrameworkFolder.load(url)
    #expect(result.framework == nil)
    let problem = try #require(result.diagnostics.first { $0.file == "roles/more.yaml" })
    #expect(problem.severity == .error)
    #expect(problem.message.contains("a FIFO (named pipe), not a regular file"))
  }

  @Test func aLinkedFileIsReadUnderItsOwnName() throws {
    let url = try folder()
    let elsewhere = try TestPaths.temporaryFolder("skillgap-elsewhere")
    let moved = elsewhere.appendingPathComponent("advanced.yaml")
    let link = url.appendingPathComponent("categories/02-advanced.yaml")
    try FileManager.default.moveItem(at: link, to: moved)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: moved)
    let result = try FrameworkFolder.load(url)
    #expect(result.diagnostics == [])
    #expect(result.framework?.skills.map(\.id) == ["alpha", "beta", "gamma"])
  }

  @Test func aLinkedFolderIsNamedInAWarning() throws {
    let url = try folder()
    let elsewhere = try TestPaths.temporaryFolder("skillgap-elsewhere")
    let moved = elsewhere.appendingPathComponent("roles")
    let link = url.appendingPathComponent("roles")
    try FileManager.default.moveItem(at: link, to: moved)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: moved)
    let result = try FrameworkFolder.load(url)
    let warning = try #require(result.diagnostics.first { $0.file == "roles" })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("link to a folder, which is not followed"))
  }

  @Test func aControlCharacterIsAnErrorWithItsLineAndColumn() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "categories/01-basics.yaml")
    {
      $0.replacingOccurrences(of: "name: Basics", with: "name: Ba\u{01}sics")
    }
    let result = FrameworkLoader.load(files: files)
    let problem = try #require(result.diagnostics.first)
    #expect(problem.file == "categories/01-basics.yaml")
    #expect((problem.line, problem.column) == (3, 11))
    #expect(problem.message.contains("U+0001"))
  }

  @Test func aSyntaxErrorInTheHeaderIsTheOnlyProblemNamed() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "framework.yaml") {
      $0.replacingOccurrences(of: "scale:\n", with: "scale: [\n")
    }
    let result = FrameworkLoader.load(files: files)
    #expect(result.diagnostics.contains { $0.message.contains("YAML syntax error") })
    #expect(!result.diagnostics.contains { $0.message.contains("Did you mean") })
    #expect(!result.diagnostics.contains { $0.message.contains("Unknown field") })
  }

  @Test func aFrameworkWithoutRolesOrSkillsIsAnError() throws {
    let valid = YAMLFixtures.valid(levels: five)
    let noRoles = FrameworkLoader.load(files: valid.filter { !$0.path.hasPrefix("roles/") })
    #expect(noRoles.framework == nil)
    #expect(noRoles.diagnostics.map(\.file) == ["roles"])
    #expect(noRoles.diagnostics.first?.severity == .error)
    #expect(noRoles.diagnostics.first?.message.hasPrefix("The framework has no roles") == true)
    let headerOnly = FrameworkLoader.load(files: valid.filter { $0.path == "framework.yaml" })
    #expect(headerOnly.framework == nil)
    #expect(headerOnly.diagnostics.map(\.file) == ["categories", "roles"])
    #expect(headerOnly.diagnostics.allSatisfy { $0.severity == .error })
  }
}

extension String.UTF8View {
  /// The index of `byte` in the text after the first occurrence of `prefix`.
  fileprivate func firstIndex(of byte: UInt8, after prefix: String) -> Int? {
    let bytes = Array(self)
    let needle = Array(prefix.utf8)
    guard needle.count <= bytes.count else { return nil }
    for start in 0...(bytes.count - needle.count)
    where Array(bytes[start..<start + needle.count]) == needle {
      return bytes[(start + needle.count)...].firstIndex(of: byte)
    }
    return nil
  }
}
