import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Category and role files are read one by one, apart from each other, and merged in file order: the
/// diagnostics must read as if they were read in one pass.
@Suite struct CategoryMergeTests {
  /// The valid fixture with category and role files that repeat category, skill and role ids
  /// across files and within one, among other problems.
  func duplicates() -> [SourceFile] {
    let levels = ["none", "aware", "working", "proficient", "expert"]
    func skill(_ id: String, name: String? = "Name", extra: String = "") -> String {
      let described = levels.map { "      \($0): {summary: \(id) at \($0).}\n" }.joined()
      let steps = levels.dropFirst().map {
        "      \($0): {tip: Practise \(id)., kind: practice, hours: 5, basis: b}\n"
      }.joined()
      return "  - id: \(id)\n" + (name.map { "    name: \($0)\n" } ?? "")
        + "    description: The skill \(id).\n\(extra)    levels:\n\(described)    steps:\n\(steps)"
    }
    return YAMLFixtures.valid(levels: levels) + [
      SourceFile(
        path: "categories/03-copy.yaml",
        text: "category:\n  id: basics\n  name: Again\n  colour: red\nnotes: x\nskills:\n"
          + skill("never", name: nil) + skill("alpha")),
      SourceFile(
        path: "categories/04-more.yaml",
        text: "category:\n  id: more\n  name: More\nskills:\n"
          + skill("alpha", extra: "    colour: red\n") + skill("delta")
          + skill("Bad", extra: "    prerequisites: [zeta]\n") + skill("delta")
          + skill("beta", name: nil) + skill("gamma") + skill("epsilon")),
      SourceFile(
        path: "categories/05-again.yaml",
        text: "category:\n  id: more\n  name: More again\nskills:\n" + skill("zeta")),
      SourceFile(path: "categories/06-broken.yaml", text: "category: [\n"),
      SourceFile(
        path: "categories/07-last.yaml",
        text: "category:\n  id: last\n  name: Last\nskills:\n" + skill("epsilon")
          + skill("omega", extra: "    prerequisites: [delta, alpha, nowhere]\n")
          + skill("epsilon")),
      SourceFile(path: "misc/ignored.yaml", text: "x: 1\n"),
      SourceFile(
        path: "roles/another.yaml",
        text: "roles:\n  - {id: second, title: Again, track: other, seniority: 1, requires: {}}\n"
          + "  - {id: third, title: Third, track: other, seniority: 1, colour: red}\n"
          + "  - {id: third, title: Third again, track: other, seniority: 2}\n"),
      SourceFile(
        path: "roles/zzz.yaml",
        text: "roles:\n  - {id: first, title: Once more, track: main, seniority: 3}\n"),
    ]
  }

  @Test func duplicateIdsAcrossFilesAreReportedInReadingOrder() {
    let result = FrameworkLoader.load(files: duplicates())
    #expect(result.framework == nil)
    // Captured from the loader that read every file in one pass.
    let expected = [
      "categories/03-copy.yaml:4:3: warning: Unknown field 'colour' is ignored. (at category.colour)",
      "categories/03-copy.yaml:5:1: warning: Unknown field 'notes' is ignored. (at notes)",
      "categories/03-copy.yaml:2:7: error: Category id 'basics' is already used in categories/01-basics.yaml:2. (at category.id)",
      "categories/04-more.yaml:8:5: warning: Unknown field 'colour' is ignored. (at skills[0].colour)",
      "categories/04-more.yaml:5:9: error: Skill id 'alpha' is already used in categories/01-basics.yaml:6. (at skills[0].id)",
      "categories/04-more.yaml:34:9: error: The id 'Bad' may hold only lowercase letters, digits, '-', '_' and '.'. (at skills[2].id)",
      "categories/04-more.yaml:49:9: error: Skill id 'delta' is already used in categories/04-more.yaml:20. (at skills[3].id)",
      "categories/04-more.yaml:63:5: error: Missing field 'name'; add it as 'name: …'. (at skills[4])",
      "categories/04-more.yaml:76:9: error: Skill id 'gamma' is already used in categories/02-advanced.yaml:5. (at skills[5].id)",
      "categories/05-again.yaml:2:7: error: Category id 'more' is already used in categories/04-more.yaml:2. (at category.id)",
      "categories/06-broken.yaml:2:1: error: YAML syntax error: did not find expected node content (while parsing a flow node at line 2).",
      "categories/07-last.yaml:5:9: error: Skill id 'epsilon' is already used in categories/04-more.yaml:90. (at skills[0].id)",
      "categories/07-last.yaml:34:9: error: Skill id 'epsilon' is already used in categories/04-more.yaml:90. (at skills[2].id)",
      "misc/ignored.yaml: warning: File is ignored; skills belong in categories/ and roles in roles/.",
      "roles/another.yaml:2:70: error: Role 'second' requires no skill; list at least one under 'requires'. (at roles[0].requires)",
      "roles/another.yaml:3:5: error: Missing field 'requires'; add it as 'requires:' followed by indented fields. (at roles[1])",
      "roles/another.yaml:3:59: warning: Unknown field 'colour' is ignored. (at roles[1].colour)",
      "roles/another.yaml:4:5: error: Missing field 'requires'; add it as 'requires:' followed by indented fields. (at roles[2])",
      "roles/another.yaml:4:10: error: Role id 'third' is already used in roles/another.yaml:3. (at roles[2].id)",
      "roles/track.yaml:10:9: error: Role id 'second' is already used in roles/another.yaml:2. (at roles[1].id)",
      "roles/zzz.yaml:2:5: error: Missing field 'requires'; add it as 'requires:' followed by indented fields. (at roles[0])",
      "roles/zzz.yaml:2:10: error: Role id 'first' is already used in roles/track.yaml:2. (at roles[0].id)",
      "categories/04-more.yaml:37:21: error: Prerequisite 'zeta' is not a skill of this framework. Did you mean 'beta' or 'delta'? (at skills[2].prerequisites[0])",
      "categories/07-last.yaml:22:35: error: Prerequisite 'nowhere' is not a skill of this framework. (at skills[1].prerequisites[2])",
    ]
    #expect(result.diagnostics.map(\.description) == expected)
  }
}
