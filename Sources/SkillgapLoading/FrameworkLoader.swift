import Foundation
import SkillgapCore

/// What loading a framework gives: the framework when it has no errors, and every problem found.
public struct LoadResult: Sendable {
  /// The framework, or nil when any diagnostic is an error.
  public var framework: Framework?
  /// Every problem found, errors and warnings, in the order they were found.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(framework: Framework?, diagnostics: [Diagnostic]) {
    self.framework = framework
    self.diagnostics = diagnostics
  }
}

/// Turns the YAML files of a framework folder into a ``Framework``, or into every problem found.
///
/// The folder holds `framework.yaml` (identity, scale, importance kinds, sources),
/// `categories/*.yaml` (one category and its skills per file) and `roles/*.yaml` (lists of
/// roles). Loading is pure: it reads the texts it is given, never the disk.
public enum FrameworkLoader {
  /// The file that names the framework and its scale.
  public static let headerFile = "framework.yaml"
  /// The folder of category files.
  public static let categoriesFolder = "categories"
  /// The folder of role files.
  public static let rolesFolder = "roles"

  /// Loads a framework from its files.
  /// - Parameter files: The YAML files, with paths relative to the framework folder.
  /// - Returns: The framework when there is no error, and every diagnostic.
  public static func load(files: [SourceFile]) -> LoadResult {
    var state = LoaderState()
    let sorted = files.sorted { $0.path < $1.path }
    guard let header = sorted.first(where: { $0.path == headerFile }) else {
      state.diagnostics.append(
        Diagnostic(
          .error, file: headerFile,
          message: "The folder has no \(headerFile); every framework starts with one."))
      return LoadResult(framework: nil, diagnostics: state.diagnostics)
    }
    if let root = state.parseYAML(header) { state.readHeader(root, file: header.path) }
    func isRead(_ file: SourceFile) -> Bool {
      file.path != headerFile
        && (file.path.hasPrefix(categoriesFolder + "/") || file.path.hasPrefix(rolesFolder + "/"))
    }
    var read = state.readFiles(sorted.filter(isRead)).makeIterator()
    for file in sorted where file.path != headerFile {
      if isRead(file) {
        if let partial = read.next() { state.merge(partial) }
      } else {
        state.diagnostics.append(
          Diagnostic(
            .warning, file: file.path,
            message:
              "File is ignored; skills belong in \(categoriesFolder)/ and roles in \(rolesFolder)/."
          ))
      }
    }
    state.checkReferences()
    state.checkQuestions()
    return state.result()
  }

  /// Whether a path names a YAML file the loader reads.
  public static func isFrameworkFile(_ path: String) -> Bool {
    let isYAML = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    return isYAML
      && (path == headerFile || path.hasPrefix(categoriesFolder + "/")
        || path.hasPrefix(rolesFolder + "/"))
  }
}

/// What the loader knows so far, and where each id and reference was written.
struct LoaderState: Sendable {
  var diagnostics: [Diagnostic] = []
  var header: Header?
  var categories: [Located<Category>] = []
  var skills: [ParsedSkill] = []
  /// Where each skill id is in `skills`, so a duplicate is found without a walk over them all.
  var skillPositions: [String: Int] = [:]
  var roles: [ParsedRole] = []
  /// Where each role id is in `roles`, so a duplicate is found without a walk over them all.
  var rolePositions: [String: Int] = [:]
  /// The categories, skills and roles read from one file, each with the count of the file's
  /// diagnostics at the moment it was read: ``merge(_:)`` checks their ids in this order.
  var pending: [(commit: PendingCommit, mark: Int)] = []
  /// The level each text written for one has named on the framework's scale so far: a
  /// framework names its few levels hundreds of thousands of times, and reading a name trims
  /// and lowercases it and every level's id and name.
  var levelValues: [String: Int] = [:]

  struct Header {
    var id: String
    var title: String
    var version: String
    var summary: String
    var scale: RatingScale
    var importances: [Importance]
    var hoursPerStep: [Double]
    var sources: [Source]
    var staleAfterMonths = 6
    var levelRule = LevelRule.standard
  }

  struct ParsedSkill {
    var skill: Skill
    var at: Location
    var prerequisites: [Located<String>]
    var sources: [Located<String>]
    /// Where each step (by the level it reaches) is written.
    var stepsAt: [Int: Location] = [:]
    /// The skills named in steps' `requires`, where they are written.
    var stepNeeds: [Located<String>] = []
    /// Where each question is written, in the skill's order.
    var questionsAt: [Location] = []
    /// The steps (by the level they reach) whose written `hours` were rejected with an error.
    var rejectedHours: Set<Int> = []
  }

  struct ParsedRole {
    var role: Role
    var at: Location
    var requirements: [Located<String>]
    var sources: [Located<String>]
  }

  var scale: RatingScale? { header?.scale }

  /// Parses a file's YAML, reporting a syntax error with its position.
  ///
  /// The basic resolver leaves scalars untyped: fields are read as the type they must be, so
  /// resolving every scalar with regular expressions would only cost time (60 % of a large load).
  mutating func parseYAML(_ file: SourceFile) -> YAMLNode? {
    do {
      guard let root = try YAMLComposer.compose(file.text) else {
        diagnostics.append(Diagnostic(.error, file: file.path, message: "The file is empty."))
        return nil
      }
      return root
    } catch let error as YAMLSyntaxError {
      diagnostics.append(Self.diagnostic(for: error, file: file.path))
    } catch {
      diagnostics.append(
        Diagnostic(.error, file: file.path, message: "The file cannot be read as YAML: \(error)."))
    }
    return nil
  }

  static func diagnostic(for error: YAMLSyntaxError, file: String) -> Diagnostic {
    switch error {
    case .reader(let problem, let offset, let value, let yaml):
      // The reader stops at a character YAML forbids, such as a control character.
      let position = SourceFile(path: file, text: yaml).position(ofByte: offset ?? 0)
      let character = value >= 0 ? " (U+\(String(format: "%04X", value)))" : ""
      return Diagnostic(
        .error, file: file, line: position.line, column: position.column,
        message: "YAML cannot hold this character\(character): \(problem); remove it or write "
          + "it as an escape in a double-quoted string.")
    case .syntax(let problem, let mark, let context, let contextMark):
      var message = "YAML syntax error: \(problem)"
      if let context { message += " (\(context) at line \(contextMark.line))" }
      return Diagnostic(
        .error, file: file, line: mark.line, column: mark.column, message: message + ".")
    case .duplicateKeys(let duplicates, let mark):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .error, file: file, line: mark.line, column: mark.column,
        message: "The key \(keys) appears twice in one mapping; keep one.")
    case .memory:
      return Diagnostic(.error, file: file, message: "The file is too large to read as YAML.")
    }
  }

  /// Checks that an id is short, lowercase and safe in file names and CSV cells.
  mutating func checkID(_ id: Located<String>) {
    let allowed = id.value.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
    }
    if !allowed || id.value.isEmpty {
      diagnostics.append(
        id.at.error(
          "The id '\(id.value)' may hold only lowercase letters, digits, '-', '_' and '.'."))
    }
  }

  /// The value of a level written as a scale level id, name or number.
  mutating func level(_ text: Located<String>, on given: RatingScale? = nil) -> Int? {
    if given == nil, let value = levelValues[text.value] { return value }
    guard let scale = given ?? scale else { return nil }
    if let value = scale.value(named: text.value) {
      if given == nil { levelValues[text.value] = value }
      return value
    }
    let names = scale.levels.map(\.id)
    let range = "0–\(scale.highest)"
    diagnostics.append(
      text.at.error(
        "Level '\(text.value)' is not on the scale; use one of \(names.joined(separator: ", ")) "
          + "or a number \(range).\(Suggestions.hint(for: text.value, in: names))"))
    return nil
  }

  /// The level named by a node that may be a number or a level id.
  mutating func level(node: YAMLNode, file: String, path: String, on given: RatingScale? = nil)
    -> Int?
  {
    guard case .scalar(let scalar) = node.kind else {
      diagnostics.append(
        Location(file: file, node: node, path: path).error(
          "A level must be a level id or number, not \(node.kindName)."))
      return nil
    }
    return level(
      Located(value: scalar.string, at: Location(file: file, node: node, path: path)), on: given)
  }

  func result() -> LoadResult {
    guard !diagnostics.hasErrors, let header else {
      return LoadResult(framework: nil, diagnostics: diagnostics)
    }
    let categoryOrder = categories.map(\.value.id)
    let byCategory = Dictionary(grouping: skills.map(\.skill), by: \.category)
    let orderedSkills = categoryOrder.flatMap { byCategory[$0] ?? [] }
    var framework = Framework(
      id: header.id, title: header.title, version: header.version, summary: header.summary,
      scale: header.scale, importances: header.importances, hoursPerStep: header.hoursPerStep,
      sources: header.sources, categories: categories.map(\.value), skills: orderedSkills,
      roles: roles.map(\.role))
    // Optional categories are never required (validate warns about a role that asks for one).
    let optionalCategories = Set(categories.filter(\.value.isOptional).map(\.value.id))
    let optional = Set(
      orderedSkills.filter { optionalCategories.contains($0.category) }.map(\.id))
    for index in framework.roles.indices where !optional.isEmpty {
      framework.roles[index].requirements.removeAll { optional.contains($0.skill) }
    }
    framework.staleAfterMonths = header.staleAfterMonths
    framework.levelRule = header.levelRule
    return LoadResult(framework: framework, diagnostics: diagnostics)
  }
}
