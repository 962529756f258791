import ArgumentParser
import SkillgapCore

struct Roles: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the roles of the framework, by track and seniority.")

  @OptionGroup var framework: FrameworkOptions

  func run() throws {
    let loaded = try framework.load()
    Output.print(RolesTable.render(loaded))
  }
}

/// The roles of a framework as an 80-column table.
enum RolesTable {
  static func render(_ framework: Framework) -> String {
    var lines: [String] = []
    let tracks = framework.roles.map(\.track).uniqued()
    for track in tracks {
      lines.append(track)
      let roles = framework.roles.filter { $0.track == track }.sorted {
        ($0.seniority, $0.id) < ($1.seniority, $1.id)
      }
      for role in roles {
        let years = role.years?.text ?? ""
        let pay = role.pay?.text ?? ""
        let left = "  \(role.seniority). \(role.title)".padded(to: 34)
        lines.append(
          left + " " + role.id.padded(to: 26) + " " + years + (pay.isEmpty ? "" : ", " + pay))
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
