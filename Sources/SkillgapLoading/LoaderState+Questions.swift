import Foundation
import SkillgapCore

extension LoaderState {
  /// The largest share of right answers one choice position may hold across a framework.
  static let maximumPositionShare = 0.35
  /// The largest share of questions whose right answer may be the longest choice.
  static let maximumLongestShare = 0.40
  /// Word overlap (Jaccard) from which two prompts repeat each other.
  static let repeatedPromptOverlap = 0.8
  /// The fewest questions before the shares above are judged (a handful says nothing).
  static let minimumQuestionsForShares = 10

  /// Warns about knowledge-check questions that test-wise guessing would pass or that ask
  /// nothing new: answer positions or lengths that give the answer away across the framework,
  /// a level above the lowest with no question, two questions that repeat each other, and a
  /// question without an explanation.
  mutating func checkQuestions() {
    guard let scale else { return }
    var all: [(question: Question, at: Location, skill: String)] = []
    for parsed in skills {
      let questions = parsed.skill.questions
      for (index, question) in questions.enumerated() {
        let at = parsed.questionsAt.indices.contains(index) ? parsed.questionsAt[index] : parsed.at
        all.append((question, at, parsed.skill.id))
        if (question.explanation ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
          diagnostics.append(
            at.warning(
              "The question has no 'explanation'; add one saying why the right choice is right, "
                + "which the app shows once the question is answered."))
        }
      }
      guard !questions.isEmpty else { continue }
      let asked = Set(questions.map(\.level))
      let missing = scale.levels.indices.dropFirst().filter { !asked.contains($0) }
      if !missing.isEmpty {
        let names = missing.map { scale.levels[$0].id }.joined(separator: ", ")
        diagnostics.append(
          parsed.at.warning(
            "Skill '\(parsed.skill.id)' has no question at \(names); a knowledge check of a "
              + "rating there asks only easier questions. Add one at each level."))
      }
    }
    checkRepeats(all.map { ($0.question, $0.at) })
    checkGiveaways(all.map { ($0.question, $0.at) })
  }

  private mutating func checkRepeats(_ questions: [(question: Question, at: Location)]) {
    let words = questions.map { Self.words(of: $0.question.prompt) }
    for second in questions.indices {
      for first in 0..<second {
        let union = words[first].union(words[second])
        guard !union.isEmpty else { continue }
        let overlap = Double(words[first].intersection(words[second]).count) / Double(union.count)
        guard overlap >= Self.repeatedPromptOverlap else { continue }
        let earlier = questions[first].at
        diagnostics.append(
          questions[second].at.warning(
            "The question repeats the one at \(earlier.file):\(earlier.line) "
              + "(\(Int((overlap * 100).rounded())) % of the words of their prompts are shared); "
              + "ask about something else."))
        break
      }
    }
  }

  private mutating func checkGiveaways(_ questions: [(question: Question, at: Location)]) {
    guard questions.count >= Self.minimumQuestionsForShares, let first = questions.first
    else { return }
    let total = Double(questions.count)
    var positions: [Int: Int] = [:]
    var longest = 0
    for (question, _) in questions {
      positions[question.answer, default: 0] += 1
      let lengths = question.choices.map(\.count)
      let right = lengths.indices.contains(question.answer) ? lengths[question.answer] : 0
      if lengths.enumerated().allSatisfy({ $0.offset == question.answer || $0.element < right }) {
        longest += 1
      }
    }
    let folder = Location(
      file: first.at.file.hasPrefix(FrameworkLoader.categoriesFolder)
        ? FrameworkLoader.categoriesFolder : first.at.file)
    if let (position, count) = positions.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
      Double(count) / total > Self.maximumPositionShare
    {
      diagnostics.append(
        folder.warning(
          "The right answer is choice \(position + 1) in \(count) of \(questions.count) "
            + "questions (\(Int((Double(count) / total * 100).rounded())) %, more than "
            + "\(Int(Self.maximumPositionShare * 100)) %): a guess of that position passes. "
            + "Put the right answers in every position about equally."))
    }
    if Double(longest) / total > Self.maximumLongestShare {
      diagnostics.append(
        folder.warning(
          "The right answer is the longest choice in \(longest) of \(questions.count) questions "
            + "(\(Int((Double(longest) / total * 100).rounded())) %, more than "
            + "\(Int(Self.maximumLongestShare * 100)) %): picking the longest passes. Make wrong "
            + "choices as specific as the right one."))
    }
  }

  /// The lowercased words of a text, without punctuation.
  static func words(of text: String) -> Set<String> {
    Set(
      text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        .filter { $0.count > 2 })
  }
}
