import Foundation
import SkillgapCore

extension LoaderState {
  /// A category or skill read from one file whose id is yet to be checked against the others.
  enum PendingCommit {
    case category(Located<Category>)
    case skill(ParsedSkill)
    case role(ParsedRole)
  }

  /// Parses and reads category and role files each on its own, in parallel, for ``merge(_:)``.
  ///
  /// Each file gets a state of its own holding only the header, so the files share nothing
  /// while they are read; each file's node tree is freed by the thread that built it.
  /// - Parameter files: The category and role files (told apart by their folder), in reading
  ///   order.
  /// - Returns: One state per file, in the order of `files`.
  /// - Complexity: O(*n*) for *n* bytes of YAML, spread over the processors.
  func readFiles(_ files: [SourceFile]) -> [LoaderState] {
    let header = header
    let start = LoaderState(header: header)
    let results = Slots(repeating: start, count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      var state = start
      let file = files[index]
      if let root = state.parseYAML(file) {
        if file.path.hasPrefix(FrameworkLoader.categoriesFolder + "/") {
          state.readCategoryFile(root, file: file.path)
        } else {
          state.readRoleFile(root, file: file.path)
        }
      }
      results[index] = state
    }
    return results.values
  }

  /// Adds what ``readFiles(_:)`` read from one file, as if it were read here.
  ///
  /// The file's diagnostics are replayed in order, and each pending category or skill is
  /// checked against those already merged at its place among them: a taken category id ends
  /// the file (its skills are not read), a taken skill or role id is an error and the skill or
  /// role is left out.
  /// - Parameter file: The state one category or role file was read into.
  mutating func merge(_ file: LoaderState) {
    var next = 0
    for (commit, mark) in file.pending {
      diagnostics += file.diagnostics[next..<mark]
      next = mark
      switch commit {
      case .category(let category):
        if let first = categories.first(where: { $0.value.id == category.value.id }) {
          diagnostics.append(
            category.at.error(
              "Category id '\(category.value.id)' is already used in "
                + "\(first.at.file):\(first.at.line)."))
          return
        }
        categories.append(category)
      case .skill(let parsed):
        let id = parsed.skill.id
        if let position = skillPositions[id] {
          let first = skills[position]
          diagnostics.append(
            parsed.at.error(
              "Skill id '\(id)' is already used in \(first.at.file):\(first.at.line)."))
          continue
        }
        skillPositions[id] = skills.count
        skills.append(parsed)
      case .role(let parsed):
        if let position = rolePositions[parsed.role.id] {
          let first = roles[position]
          diagnostics.append(
            parsed.at.error(
              "Role id '\(parsed.role.id)' is already used in \(first.at.file):\(first.at.line)."
            ))
          continue
        }
        rolePositions[parsed.role.id] = roles.count
        roles.append(parsed)
      }
    }
    diagnostics += file.diagnostics[next...]
  }
}
