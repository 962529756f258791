import PropertyBased
import Testing
import Yams

@testable import SkillgapLoading

/// The loader's composer reads every text as Yams' composer did: the same values, kinds,
/// styles, positions and scalar conversions, and the same errors at the same places.
@Suite struct YAMLComposerTests {
  /// What Yams made of a text, written out so two trees compare as strings.
  static func yams(_ text: String) -> String {
    do {
      guard let root = try Yams.compose(yaml: text, .basic) else { return "nothing" }
      return describe(root)
    } catch let error as YamlError {
      switch error {
      case .reader(let problem, let offset, let value, _):
        return "reader \(problem) at \(offset ?? -1) value \(value)"
      case .scanner(let context, let problem, let mark, _),
        .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let around = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
        return "syntax \(problem)\(around) at \(mark.line):\(mark.column)"
      case .duplicatedKeysInMapping(let duplicates, let context):
        return "duplicates \(duplicates) at \(context.mark.line):\(context.mark.column)"
      default:
        return "other \(error)"
      }
    } catch {
      return "other \(error)"
    }
  }

  /// What the loader's composer made of it, in the same words.
  static func ours(_ text: String) -> String {
    do {
      guard let root = try YAMLComposer.compose(text) else { return "nothing" }
      return describe(root)
    } catch let error as YAMLSyntaxError {
      switch error {
      case .reader(let problem, let offset, let value, _):
        return "reader \(problem) at \(offset ?? -1) value \(value)"
      case .syntax(let problem, let mark, let context, let contextMark):
        let around = context.map { " (\($0) at line \(contextMark.line))" } ?? ""
        return "syntax \(problem)\(around) at \(mark.line):\(mark.column)"
      case .duplicateKeys(let duplicates, let mark):
        return "duplicates \(duplicates) at \(mark.line):\(mark.column)"
      case .memory:
        return "memory"
      }
    } catch {
      return "other \(error)"
    }
  }

  /// Keys are written without their conversions: Yams' duplicate check hashes each key, which
  /// resolves its (shared, mutable) tag to a string's, so after it a key `yes` is no longer
  /// true. The loader reads keys only as text.
  static func describe(_ node: Yams.Node, key: Bool = false) -> String {
    let at = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
    switch node {
    case .scalar(let scalar):
      let text = "\(at) \(scalar.style.rawValue) \(scalar.string.debugDescription)"
      guard !key else { return text }
      return text + " "
        + conversions(int: node.int, float: node.float, bool: node.bool, null: node.null != nil)
    case .mapping(let mapping):
      return "\(at) {"
        + mapping.map { describe($0.key, key: true) + " = " + describe($0.value) }
        .joined(separator: ", ") + "}"
    case .sequence(let sequence):
      return "\(at) [" + sequence.map { describe($0) }.joined(separator: ", ") + "]"
    case .alias:
      return "\(at) alias"
    }
  }

  static func describe(_ node: YAMLNode, key: Bool = false) -> String {
    let at = "\(node.mark.line):\(node.mark.column)"
    switch node.kind {
    case .scalar(let scalar):
      let text = "\(at) \(scalar.style.rawValue) \(scalar.string.debugDescription)"
      guard !key else { return text }
      return text + " "
        + conversions(int: node.int, float: node.float, bool: node.bool, null: node.isNull)
    case .mapping(let mapping):
      return "\(at) {"
        + mapping.map { describe($0.key, key: true) + " = " + describe($0.value) }
        .joined(separator: ", ") + "}"
    case .sequence(let sequence):
      return "\(at) [" + sequence.map { describe($0) }.joined(separator: ", ") + "]"
    }
  }

  static func conversions(int: Int?, float: Double?, bool: Bool?, null: Bool) -> String {
    let number = float.map { $0.isNaN ? "nan" : "\($0)" } ?? "-"
    return "int \(int.map(String.init) ?? "-") float \(number) bool \(bool.map(String.init) ?? "-")"
      + (null ? " null" : "")
  }

  static let examples = [
    "", "# only a comment\n", "a: 1\n", "a: 1\nb:\n  - x\n  - 'y'\n  - \"z\"\n",
    "title: |\n  two\n  lines\nsummary: >\n  folded\n  text\n",
    "n: 007\nh: 0x1F\no: 0o17\ns: 1_000\np: +3\nf: 2.5\ne: 1e3\ni: .inf\nm: -.INF\nx: .nan\n",
    "b: yes\nc: No\nd: 'true'\ne: ON\nf: off\ng: \"false\"\n",
    "a: ~\nb: null\nc:\nd: ''\ne: NULL\nf: Null\ng: \"null\"\n",
    "a: !!str 5\nb: !!int \"7\"\nc: !!bool yes\nd: !custom x\n",
    "base: &b\n  hours: 4\nother: *b\nlist: [*b, *b]\n", "a: *missing\n",
    "a: 1\nb: 2\na: 3\n", "z: 1\ny: 2\nz: 3\ny: 4\n", "'a': 1\na: 2\n",
    (0..<20).map { "k\($0): \($0)\n" }.joined() + "k7: again\n",
    (0..<20).map { "k\($0): \($0)\n" }.joined(),
    "a: 1\n---\nb: 2\n", "--- \na: 1\n...\n", "a:\n\tb: 1\n", "a: \"open\n", "a: [1, 2\n",
    "a: b: c\n", "- a\nb: 1\n", "a: \u{7}bell\n", "émoji 👩‍💻: e\u{301}té\n日本: 語\n",
    "{a: 1, b: [x, {c: d}], 'e f': \"g\\th\"}\n", "? [a, b]\n: c\n", "? a\n", "[1, 2, 3]\n",
    "plain\n", "key: value # comment\n", "a: 'it''s'\n", "a: \"\\u00e9\\x41\"\n",
    "a:\n  - b: 1\n    c: 2\n  - b: 3\n", "&a a: *a\n", "a: &x [1, *x]\n",
    // libyaml stops at 1,000 levels of nesting, so the composer's recursion stays shallow.
    String(repeating: "[", count: 999) + String(repeating: "]", count: 999),
    "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000),
  ]

  @Test(arguments: examples)
  func readsAsYamsReads(_ text: String) {
    #expect(Self.ours(text) == Self.yams(text))
  }

  /// Texts stitched from YAML's pieces, valid or not: both composers agree on every one.
  @Test func anyTextReadsAsYamsReads() async {
    let pieces = [
      "a", "b", "k1", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "-", "'", "\"", "[", "]", "{",
      "}", ",", "&x ", "*x", "!!str ", "|", ">", "#", "~", "yes", "12", "0x1F", "1.5", "é",
      "👩‍💻", "\t", "? ", "---\n", "...\n", "\\",
    ]
    await propertyCheck(
      count: 5_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40)
    ) { picks in
      let text = picks.map { pieces[$0] }.joined()
      #expect(Self.ours(text) == Self.yams(text), "\(text.debugDescription)")
    }
  }

  /// A broken test would compare two empty answers: the descriptions do tell texts apart.
  @Test func theDescriptionsSayWhatWasRead() {
    #expect(Self.ours("a: 1\n") == "1:1 {1:1 1 \"a\" = 1:4 1 \"1\" int 1 float 1.0 bool -}")
    #expect(Self.ours("a: 1\na: 2\n") == "duplicates [\"a\"] at 1:1")
    #expect(Self.ours("a: *b\n").hasPrefix("syntax found undefined alias at 1:4"))
  }
}
