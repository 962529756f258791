import Foundation
import SkillgapLoading
import SkillgapTestSupport
import Testing

@Suite struct FormatDocumentationTests {
  /// The `<!-- file: … -->` YAML blocks of Content/README.md.
  func exampleFiles() throws -> [SourceFile] {
    let readme = try String(
      contentsOf: TestPaths.content.appendingPathComponent("README.md"), encoding: .utf8)
    let pattern = #/<!-- file: (?<path>[^ ]+) -->\n```yaml\n(?<body>(?:.|\n)*?)```/#
    return readme.matches(of: pattern).map {
      SourceFile(path: String($0.output.path), text: String($0.output.body))
    }
  }

  @Test func theFormatExampleLoadsWithoutAnyDiagnostic() throws {
    let files = try exampleFiles()
    #expect(files.map(\.path) == ["framework.yaml", "categories/01-knife.yaml", "roles/line.yaml"])
    let result = FrameworkLoader.load(files: files)
    #expect(result.diagnostics == [])
    let framework = try #require(result.framework)
    #expect(framework.scale.levels.map(\.name) == ["Novice", "Capable", "Lead"])
    #expect(framework.hoursPerStep == [0, 20, 60])
    #expect(framework.hours(toReach: 2, in: try #require(framework.skill("dicing"))) == 40)
    #expect(framework.levelRule.share == 0.5)
    #expect(framework.levelRule.cumulative)
  }
}
