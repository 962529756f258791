import Foundation
import SkillgapCore

/// The ready-made form of a framework that the build embeds in the binary.
///
/// The build validates `Content/` and writes the framework as Swift source that constructs the
/// values directly, so the binary needs no files beside it and neither parses YAML nor decodes
/// JSON when it starts (decoding cost about 8 ms of start-up; constructing costs well under 1).
public enum EmbeddedForm {
  /// Swift source declaring `enum EmbeddedFramework` with `static func make() -> Framework`.
  ///
  /// Each skill and role gets a function of its own, which keeps type-checking fast.
  public static func swiftSource(_ framework: Framework) -> String {
    var out = """
      // Generated at build time by skillgap-embed from Content/. Do not edit.
      import SkillgapCore

      enum EmbeddedFramework {
        static func make() -> Framework {
          var framework = Framework(
            id: \(literal(framework.id)), title: \(literal(framework.title)),
            version: \(literal(framework.version)), summary: \(literal(framework.summary)),
            scale: RatingScale(levels: [
      """
    out += "\n"
    for level in framework.scale.levels {
      out += "        ScaleLevel(id: \(literal(level.id)), name: \(literal(level.name)), "
      out += "summary: \(literal(level.summary))),\n"
    }
    out += "      ]),\n      importances: [\n"
    for kind in framework.importances {
      out += "        Importance(id: \(literal(kind.id)), name: \(literal(kind.name)), "
      out += "weight: \(literal(kind.weight)), blocking: \(kind.blocking), "
      out += "summary: \(literal(kind.summary))),\n"
    }
    out +=
      "      ],\n      hoursPerStep: [\(framework.hoursPerStep.map(literal).joined(separator: ", "))],\n"
    out += "      sources: [\n"
    for source in framework.sources {
      out += "        Source(id: \(literal(source.id)), title: \(literal(source.title)), "
      out += "file: \(literal(source.file)), url: \(literal(source.url))),\n"
    }
    out += "      ],\n      categories: [\n"
    for category in framework.categories {
      out += "        Category(id: \(literal(category.id)), name: \(literal(category.name)), "
      out += "summary: \(literal(category.summary)), isOptional: \(category.isOptional)),\n"
    }
    out += "      ],\n"
    out +=
      "      skills: [\(framework.skills.indices.map { "skill\($0)()" }.joined(separator: ", "))],\n"
    out +=
      "      roles: [\(framework.roles.indices.map { "role\($0)()" }.joined(separator: ", "))])\n"
    out += "    framework.staleAfterMonths = \(framework.staleAfterMonths)\n"
    let rule = framework.levelRule
    out += "    framework.levelRule = LevelRule(\n      summary: \(literal(rule.summary)),\n"
    out += "      share: \(literal(rule.share)), cumulative: \(rule.cumulative))\n"
    out += "    return framework\n"
    out += "  }\n"
    for (index, skill) in framework.skills.enumerated() {
      out += "\n  static func skill\(index)() -> Skill {\n"
      out += "    let levels: [SkillLevel] = [\n"
      for level in skill.levels {
        out +=
          "      SkillLevel(summary: \(literal(level.summary)), indicators: \(literal(level.indicators))),\n"
      }
      out += "    ]\n    let steps: [Step] = [\n"
      for step in skill.steps {
        out += "      Step(level: \(step.level), tip: \(literal(step.tip)), "
        out += "milestone: \(literal(step.milestone)), hours: \(literal(step.hours)), "
        out += "kind: \(step.kind.map { ".\($0.rawValue)" } ?? "nil"), "
        out += "basis: \(literal(step.basis)), milestoneHours: \(literal(step.milestoneHours)), "
        out += "parts: \(literal(step.parts)), requires: ["
        out += step.requires.map { "StepNeed(skill: \(literal($0.skill)), level: \($0.level))" }
          .joined(separator: ", ")
        out += "]),\n"
      }
      out += "    ]\n    let resources: [Resource] = [\n"
      for resource in skill.resources {
        out +=
          "      Resource(title: \(literal(resource.title)), kind: .\(resource.kind.rawValue), "
        out += "url: \(literal(resource.url)), steps: \(resource.steps)),\n"
      }
      out += "    ]\n    let questions: [Question] = [\n"
      for question in skill.questions {
        out +=
          "      Question(prompt: \(literal(question.prompt)), choices: \(literal(question.choices)), "
        out += "answer: \(question.answer), level: \(question.level), "
        out += "explanation: \(literal(question.explanation))),\n"
      }
      out += "    ]\n"
      out += "    return Skill(\n"
      out += "      id: \(literal(skill.id)), name: \(literal(skill.name)), "
      out += "category: \(literal(skill.category)),\n"
      out += "      summary: \(literal(skill.summary)), levels: levels, steps: steps,\n"
      out += "      prerequisites: \(literal(skill.prerequisites)), resources: resources,\n"
      out += "      questions: questions, sources: \(literal(skill.sources)),\n"
      out += "      aliases: \(literal(skill.aliases)))\n  }\n"
    }
    for (index, role) in framework.roles.enumerated() {
      out += "\n  static func role\(index)() -> Role {\n"
      out += "    let requirements: [Requirement] = [\n"
      for requirement in role.requirements {
        out +=
          "      Requirement(skill: \(literal(requirement.skill)), level: \(requirement.level), "
        out += "importance: \(literal(requirement.importance))),\n"
      }
      out += "    ]\n"
      func yearsLiteral(_ range: YearsRange) -> String {
        let reported = range.reported.map {
          "[" + $0.map(yearsLiteral).joined(separator: ", ") + "]"
        }
        return "YearsRange(min: \(range.min), max: \(literal(range.max)), "
          + "source: \(literal(range.source)), reported: \(reported ?? "nil"))"
      }
      let years = role.years.map(yearsLiteral)
      let pay = role.pay.map {
        "PayBand(min: \($0.min), max: \(literal($0.max)), openMax: \($0.openMax), "
          + "currency: \(literal($0.currency)), "
          + "period: \(literal($0.period)), basis: .\($0.basis.rawValue), "
          + "country: \(literal($0.country)), year: \(literal($0.year)), "
          + "source: \(literal($0.source)), note: \(literal($0.note)))"
      }
      out += "    return Role(\n"
      out +=
        "      id: \(literal(role.id)), title: \(literal(role.title)), track: \(literal(role.track)),\n"
      out += "      seniority: \(role.seniority), years: \(years ?? "nil"),\n"
      out += "      pay: [\(pay.joined(separator: ", "))], domain: \(literal(role.domain)),\n"
      out += "      summary: \(literal(role.summary)), sources: \(literal(role.sources)),\n"
      out += "      requirements: requirements)\n  }\n"
    }
    out += "}\n"
    return out
  }

  /// A Swift string literal for `text`.
  static func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func literal(_ text: String?) -> String { text.map(literal) ?? "nil" }

  static func literal(_ texts: [String]) -> String {
    texts.isEmpty ? "[]" : "[" + texts.map(literal).joined(separator: ", ") + "]"
  }

  static func literal(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)).0" : "\(value)"
  }

  static func literal(_ value: Double?) -> String { value.map(literal) ?? "nil" }

  static func literal(_ value: Int?) -> String { value.map(String.init) ?? "nil" }
}
