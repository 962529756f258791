import Foundation

/// A short knowledge check of one skill's rating: the questions asked, in order, and the
/// choices picked so far.
///
/// A check asks up to ``questionCount`` of the skill's questions at the rated level and the
/// level just below, those not asked in an earlier check first. Choices are shown shuffled, in
/// an order that depends only on the assessment's seed, the skill and the question, so a check
/// resumed later shows the same order. A finished check *supports* the rating when at least
/// ``passShare`` of its answers (rounded up) are right; otherwise the rating *looks high*.
/// Nothing is changed for the person: they decide.
public struct KnowledgeCheck: Sendable, Equatable, Codable {
  /// The most questions one check asks.
  public static let questionCount = 3
  /// The share of right answers (rounded up) a check needs to support the rating.
  public static let passShare = 2.0 / 3

  /// What a finished check says about the rating it checked.
  public enum Outcome: String, Sendable, Equatable, Codable {
    /// Enough answers were right for the rated level.
    case supported
    /// Too few were: the rating looks higher than the answers support.
    case looksHigh = "looks-high"
  }

  /// The rated level the check was taken at.
  public var level: Int
  /// The questions asked, as indices into the skill's questions, in the order asked.
  public var questions: [Int]
  /// The choice picked for each question answered so far (an index into the question's own
  /// choices, not the shuffled order), in the order asked.
  public var answers: [Int]
  /// When the check was started.
  public var started: Date
  /// When the last question was answered, or nil while it is under way.
  public var finished: Date?
  /// Questions asked by earlier checks of the skill, so a retake can prefer others.
  public var askedBefore: [Int]

  /// Creates a check.
  public init(
    level: Int, questions: [Int], answers: [Int] = [], started: Date, finished: Date? = nil,
    askedBefore: [Int] = []
  ) {
    self.level = level
    self.questions = questions
    self.answers = answers
    self.started = started
    self.finished = finished
    self.askedBefore = askedBefore
  }

  /// Whether every question has an answer.
  public var isFinished: Bool { answers.count >= questions.count && !questions.isEmpty }

  /// How many answers are right.
  public func rightAnswers(in skill: Skill) -> Int {
    zip(questions, answers).filter { question, answer in
      skill.questions.indices.contains(question) && skill.questions[question].answer == answer
    }.count
  }

  /// How many right answers support the rating.
  public var needed: Int {
    max(1, Int((Self.passShare * Double(questions.count) - 1e-9).rounded(.up)))
  }

  /// The outcome of a finished check, or nil while it is under way.
  public func outcome(in skill: Skill) -> Outcome? {
    guard isFinished else { return nil }
    return rightAnswers(in: skill) >= needed ? .supported : .looksHigh
  }

  /// The questions a check of `skill` at `level` asks: up to ``questionCount`` of those at the
  /// level and the one just below, never-asked ones first, higher level first, then in an
  /// order fixed by `seed`.
  /// - Parameters:
  ///   - skill: The skill.
  ///   - level: The rated level (above the lowest).
  ///   - askedBefore: Questions earlier checks asked.
  ///   - seed: The assessment's seed (see ``Assessment/checkSeed``).
  /// - Returns: Indices into the skill's questions; empty when none fits.
  public static func questions(
    for skill: Skill, level: Int, askedBefore: Set<Int>, seed: UInt64
  ) -> [Int] {
    guard level > 0 else { return [] }
    let candidates = skill.questions.indices.filter {
      (max(1, level - 1)...level).contains(skill.questions[$0].level)
    }
    let order = SeededOrder.shuffled(
      candidates, seed: SeededOrder.mix(seed, skill.id, salt: UInt64(level)))
    let ranked = order.enumerated().sorted { lhs, rhs in
      let a = (askedBefore.contains(lhs.element) ? 1 : 0, -skill.questions[lhs.element].level)
      let b = (askedBefore.contains(rhs.element) ? 1 : 0, -skill.questions[rhs.element].level)
      return a != b ? a < b : lhs.offset < rhs.offset
    }
    return Array(ranked.map(\.element).prefix(questionCount))
  }

  /// The order a question's choices are shown in: indices into its choices, shuffled by the
  /// assessment's seed, the skill and the question, so the same assessment always shows the
  /// same order.
  public static func choiceOrder(of question: Int, in skill: Skill, seed: UInt64) -> [Int] {
    guard skill.questions.indices.contains(question) else { return [] }
    return SeededOrder.shuffled(
      Array(skill.questions[question].choices.indices),
      seed: SeededOrder.mix(seed, skill.id, salt: 1000 + UInt64(question)))
  }
}

/// A shuffle that depends only on its seed (SplitMix64 and Fisher–Yates): the same seed gives
/// the same order on every run and every machine, unlike Swift's per-process random hashing.
enum SeededOrder {
  /// Mixes a seed with a text and a number (FNV-1a over the text's UTF-8).
  static func mix(_ seed: UInt64, _ text: String, salt: UInt64) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash ^ (salt &* 0x9e37_79b9_7f4a_7c15)
  }

  /// The elements in an order fixed by `seed`.
  static func shuffled<T>(_ elements: [T], seed: UInt64) -> [T] {
    var state = seed
    func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
    var result = elements
    guard result.count > 1 else { return result }
    for index in stride(from: result.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      result.swapAt(index, other)
    }
    return result
  }
}

extension Assessment {
  /// The seed of this assessment's shuffles: its start time, so a resume shows the same order
  /// and another assessment another.
  public var checkSeed: UInt64 {
    UInt64(bitPattern: Int64(created.timeIntervalSince1970.rounded(.down)))
  }

  /// What the knowledge checks say about a skill's current rating.
  public func checkStatus(of skill: Skill) -> CheckStatus {
    guard let rated = level(of: skill.id), let check = checks[skill.id], check.level == rated,
      let outcome = check.outcome(in: skill), let day = check.finished
    else { return .notChecked }
    return outcome == .supported ? .supported(day) : .looksHigh(day)
  }
}

/// What knowledge checks say about one rating.
public enum CheckStatus: Sendable, Equatable {
  /// A check at the rated level supported it, on that day.
  case supported(Date)
  /// A check at the rated level found it higher than the answers support, on that day.
  case looksHigh(Date)
  /// No finished check at the rated level.
  case notChecked

  /// The status in words: supported, looks high or not checked.
  public var label: String {
    switch self {
    case .supported: return "supported"
    case .looksHigh: return "looks high"
    case .notChecked: return "not checked"
    }
  }
}
