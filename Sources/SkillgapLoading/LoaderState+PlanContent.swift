import Foundation
import SkillgapCore

extension LoaderState {
  /// A study step longer than this should say what to do each week (`parts`).
  static let hoursNeedingParts = 10.0

  /// Warns about steps a plan cannot use well: no hours or kind of their own (the plan falls
  /// back to a default), hours without a basis, long study without week-sized parts, and text
  /// that relies on a skill the step's skill does not require.
  ///
  /// Reliance is found through skill aliases: a step's tip, milestone, parts and the titles of
  /// the resources serving it must not name an alias of a skill outside its prerequisites (taken
  /// transitively), since the plan may teach that skill later or never.
  /// - Complexity: O(*t* + *m* × *e*) for *t* characters of step text (see ``AliasIndex``),
  ///   *m* mentions of other skills and *e* prerequisite links; a mention of a direct
  ///   prerequisite, the usual one, is settled at once. (Every skill's whole set of
  ///   prerequisites, built up front, grew with the square of a large framework.)
  mutating func checkPlanContent() {
    let index = skillPositions
    let aliases = AliasIndex(skills.map { ($0.skill.id, $0.skill.aliases) })
    // Skills are checked apart from each other: runs of them in parallel, joined in order.
    let state = self
    let count = skills.count
    let runs = min(count, 32)
    let found = Slots(repeating: [Diagnostic](), count: runs)
    DispatchQueue.concurrentPerform(iterations: runs) { run in
      var diagnostics: [Diagnostic] = []
      for position in (count * run / runs)..<(count * (run + 1) / runs) {
        state.checkPlanContent(
          of: position, index: index, aliases: aliases, into: &diagnostics)
      }
      found[run] = diagnostics
    }
    for run in found.values { diagnostics += run }
  }

  /// ``checkPlanContent()`` for the skill at `position` in `skills`.
  private func checkPlanContent(
    of position: Int, index: [String: Int], aliases: AliasIndex,
    into diagnostics: inout [Diagnostic]
  ) {
    let parsed = skills[position]
    let skill = parsed.skill
    for step in skill.steps {
      guard let at = parsed.stepsAt[step.level] else { continue }
      // The step's name is needed only for a warning, rare in a framework that is in use.
      var name: String {
        let reaches =
          scale?.levels.indices.contains(step.level) == true
          ? scale?.levels[step.level].id ?? "\(step.level)" : "\(step.level)"
        return "The step to '\(reaches)' of '\(skill.id)'"
      }
      // Hours written but rejected already have their error; "no hours" would contradict it.
      if step.hours == nil && !parsed.rejectedHours.contains(step.level) {
        diagnostics.append(
          at.warning("\(name) has no 'hours' of its own; the plan falls back to the default."))
      } else if step.basis == nil {
        diagnostics.append(
          at.warning("\(name) gives hours without a 'basis' saying where they come from."))
      }
      if step.kind == nil {
        diagnostics.append(
          at.warning("\(name) has no 'kind' (study or practice); the plan takes it as study."))
      }
      if step.kind != .practice, let hours = step.hours, hours > Self.hoursNeedingParts,
        step.parts.count < 2
      {
        diagnostics.append(
          at.warning(
            "\(name) takes \(formatted(hours)) h of study but has fewer than 2 'parts'; cut it "
              + "into week-sized tasks."))
      }
      guard !aliases.isEmpty else { continue }
      // What this step requires beyond the skill's prerequisites may be named too.
      func allowed(_ id: String) -> Bool {
        step.requires.contains { $0.skill == id }
          || requires([position] + step.requires.compactMap { index[$0.skill] }, id, index)
      }
      var reported: Set<String> = []
      // Each text is checked where it is: no list of the step's texts is built.
      func check(_ field: String, _ text: String) {
        for found in aliases.mentions(in: text)
        where found.skill != skill.id && !reported.contains(found.skill)
          && !allowed(found.skill)
        {
          reported.insert(found.skill)
          diagnostics.append(
            at.warning(
              "\(name) mentions '\(found.alias)' in its \(field) (skill '\(found.skill)'), "
                + "which '\(skill.id)' does not require; reword it or add '\(found.skill)' to "
                + "its prerequisites."))
        }
      }
      check("tip", step.tip)
      check("milestone", step.milestone ?? "")
      for part in step.parts { check("parts", part) }
      for resource in skill.resources where resource.serves(step: step.level) {
        check("resource", resource.title)
      }
    }
  }

  /// Whether one of the skills at `roots` requires the skill `id`, directly or through others
  /// (prerequisites the framework lacks lead nowhere). The walk is breadth first, so a direct
  /// prerequisite is found at once; a cycle (reported elsewhere) cannot loop.
  private func requires(_ roots: [Int], _ id: String, _ index: [String: Int]) -> Bool {
    var seen = Set(roots)
    var queue = roots
    var head = 0
    while head < queue.count {
      let position = queue[head]
      head += 1
      for prerequisite in skills[position].skill.prerequisites {
        guard let next = index[prerequisite] else { continue }
        if prerequisite == id { return true }
        if seen.insert(next).inserted { queue.append(next) }
      }
    }
    return false
  }

  private func formatted(_ hours: Double) -> String {
    hours == hours.rounded() ? "\(Int(hours))" : "\(hours)"
  }
}

/// Every skill's aliases, found in text in one pass over it.
///
/// An alias is found where it starts a word and ends one: neither a letter, a digit, `_` nor `-`
/// is joined to it on either side, ignoring case ("k8s" in "run it on k8s.", not in "k8sx").
/// - Complexity: O(*t* × *c*) for *t* characters of text and *c* aliases sharing a first word,
///   whatever the number of skills.
struct AliasIndex {
  struct Entry {
    var skill: String
    var alias: String
    var characters: [Character]
    /// The lowercased alias as bytes, for ASCII text.
    var bytes: [UInt8]
  }

  /// The aliases, those whose first words have the same hash side by side.
  private var entries: [Entry] = []
  /// An open-addressing table from the hash of a first word (its bytes, lowercased) to its
  /// aliases in `entries`: a word of ASCII text is looked up without making a string of it
  /// (which, with hashing the string, was most of the check on a large framework), and the
  /// word's hash is the table's (a dictionary hashed it again, with SipHash). A collision
  /// costs a comparison, never a false mention: each entry is compared with the text in full.
  private var slots: [(hash: UInt64, entries: Range<Int>)] = []
  /// Whether every lowercased alias is ASCII: ASCII text can then be searched a byte at a time.
  private var asciiAliases = true

  var isEmpty: Bool { entries.isEmpty }

  init(_ skills: [(id: String, aliases: [String])]) {
    var byFirstWord: [UInt64: [Entry]] = [:]
    for (id, aliases) in skills {
      for alias in aliases {
        let lowercased = alias.lowercased()
        let bytes = Array(lowercased.utf8)
        let characters = Array(lowercased)
        let hash: UInt64
        if bytes.allSatisfy({ $0 < 0x80 }) {
          // An ASCII alias's first word is found among its bytes: making a string of its
          // characters was most of building the index.
          let word = bytes.prefix { Self.joins($0) }
          guard !word.isEmpty else { continue }
          hash = Self.hash(word)
        } else {
          let word = String(characters.prefix { Self.joins($0) })
          guard !word.isEmpty else { continue }
          asciiAliases = false
          hash = Self.hash(word.utf8)
        }
        let entry = Entry(skill: id, alias: alias, characters: characters, bytes: bytes)
        byFirstWord[hash, default: []].append(entry)
      }
    }
    // Half full at most, so a look-up of a word no alias starts with (most words) stops at
    // once; a hash of 0 marks an empty slot, and no word's hash is 0 (see `hash(_:)`).
    var size = 16
    while size < 2 * byFirstWord.count { size *= 2 }
    slots = Array(repeating: (0, 0..<0), count: size)
    for (hash, group) in byFirstWord {
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      while slots[slot].hash != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = (hash, entries.count..<(entries.count + group.count))
      entries += group
    }
  }

  /// FNV-1a of a word's bytes, lowercased when `lowercasing` (for ASCII text read as it is);
  /// never 0.
  private static func hash<Bytes: Swift.Sequence<UInt8>>(
    _ bytes: Bytes, lowercasing: Bool = false
  ) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(lowercasing ? lowered(byte) : byte)) &* 0x100_0000_01b3
    }
    return hash == 0 ? 1 : hash
  }

  /// The aliases whose first word has the hash `hash`.
  private func entries(forHash hash: UInt64) -> ArraySlice<Entry> {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].hash != 0 {
      if slots[slot].hash == hash { return entries[slots[slot].entries] }
      slot = (slot + 1) & mask
    }
    return []
  }

  /// The aliases that `text` mentions, in the order they first appear.
  func mentions(in text: String) -> [Entry] {
    guard !entries.isEmpty else { return [] }
    // Step text is mostly ASCII: bytes are its characters (a carriage return aside, which
    // joins a line feed into one), and no grapheme needs breaking.
    if asciiAliases, let found = asciiMentions(in: text) { return found }
    let characters = Array(text.lowercased())
    var found: [Entry] = []
    var start = 0
    while start < characters.count {
      guard Self.joins(characters[start]), start == 0 || !Self.joins(characters[start - 1]) else {
        start += 1
        continue
      }
      var end = start
      while end < characters.count && Self.joins(characters[end]) { end += 1 }
      for entry in entries(forHash: Self.hash(String(characters[start..<end]).utf8)) {
        let stop = start + entry.characters.count
        guard stop <= characters.count,
          characters[start..<stop].elementsEqual(entry.characters),
          stop == characters.count || !Self.joins(characters[stop])
        else { continue }
        found.append(entry)
      }
      start = end
    }
    return found
  }

  /// ``mentions(in:)`` for ASCII text without carriage returns, read as it is (lowercased a
  /// byte at a time); nil for any other text.
  private func asciiMentions(in text: String) -> [Entry]? {
    var text = text
    return text.withUTF8 { bytes -> [Entry]? in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      var found: [Entry] = []
      var start = 0
      while start < bytes.count {
        guard Self.joins(Self.lowered(bytes[start])),
          start == 0 || !Self.joins(Self.lowered(bytes[start - 1]))
        else {
          start += 1
          continue
        }
        var end = start
        while end < bytes.count && Self.joins(Self.lowered(bytes[end])) { end += 1 }
        let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]), lowercasing: true)
        for entry in entries(forHash: hash) {
          let stop = start + entry.bytes.count
          guard stop <= bytes.count,
            bytes[start..<stop].elementsEqual(entry.bytes, by: { Self.lowered($0) == $1 }),
            stop == bytes.count || !Self.joins(Self.lowered(bytes[stop]))
          else { continue }
          found.append(entry)
        }
        start = end
      }
      return found
    }
  }

  /// An ASCII byte, lowercased.
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte &+ (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)
  }

  /// ``joins(_:)-swift.type.method`` for a lowercase ASCII byte.
  private static func joins(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
      || byte == 0x2D
  }

  static func joins(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }
}
