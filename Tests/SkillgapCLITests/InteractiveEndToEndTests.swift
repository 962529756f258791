import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// Runs the built binary in a real terminal (tmux) and reads the screen.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct InteractiveEndToEndTests {
  let skillCount: Int
  let dataFolder: URL
  let workFolder: URL

  init() throws {
    skillCount = try Personas.walkedSkillCount()
    dataFolder = try TestPaths.temporaryFolder("skillgap-data")
    workFolder = try TestPaths.temporaryFolder("skillgap-work")
  }

  func start(
    term: String = "xterm-256color", width: Int = 80, height: Int = 24, data: URL? = nil
  ) throws -> TmuxSession {
    try TmuxSession(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": term, "SKILLGAP_DATA_DIR": (data ?? dataFolder).path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": workFolder.path,
      ],
      width: width, height: height, in: workFolder)
  }

  func saved() throws -> Assessment {
    let data = try Data(contentsOf: dataFolder.appendingPathComponent("ml-engineer.json"))
    return try AssessmentDocument.decode(data)
  }

  @Test func withoutATerminalItSaysWhichCommandToUseAndExitsTwo() throws {
    let result = try CommandRunner.skillgap([])
    #expect(result.status == 2)
    #expect(result.output == "")
    #expect(result.error.contains("use 'skillgap report' or 'skillgap plan'"))
    #expect(!result.error.contains("\u{1B}"))
  }

  @Test(arguments: ["xterm-256color", "vt100"])
  func everySkillCanBeAnsweredWithDigits(term: String) throws {
    let session = try start(term: term)
    try session.waitFor("Start the assessment")
    try session.send("Enter")
    try session.waitFor("1/\(skillCount)")
    for index in 0..<skillCount {
      try session.send(String(index % 5))
    }
    let screen = try session.waitFor("Every skill has an answer")
    #expect(screen[0].contains("\(skillCount)/\(skillCount)"))
    let assessment = try saved()
    #expect(assessment.ratings.count == skillCount)
    #expect(
      assessment.ratings.values.allSatisfy { if case .level = $0.answer { true } else { false } })
    try session.send("q")
    try session.waitFor("[exit 0]")
  }

  @Test(arguments: ["xterm-256color", "vt100"])
  func aFullJourneyReachesTheReportAndExportsMarkdownAndICalendar(term: String) throws {
    let session = try start(term: term)
    try session.waitFor("Start the assessment")
    try session.send("t")
    try session.waitFor("Decide later")
    try session.send("g", "Enter")
    try session.waitFor("Target: ")
    try session.send("Enter")
    for index in 0..<skillCount { try session.send(String((index + 1) % 3)) }
    try session.waitFor("Every skill has an answer")
    try session.send("v")
    try session.waitFor("Readiness")
    try session.send("p")
    try session.waitFor("Week 1")
    try session.send("e")
    try session.waitFor("Write the files")
    // Markdown and iCalendar on, HTML off: rows are Markdown, JSON, CSV, HTML, iCalendar.
    try session.send("Down", "Down", "Down", "Space")
    try session.send("Down", "Down", "Enter", "C-u")
    try session.send("plans/my plan", literal: true)
    try session.send("Enter", "Down", "Enter")
    // The folder is created only when asked, and files are replaced only when asked.
    try session.waitFor("Press w to create it")
    #expect(
      !FileManager.default.fileExists(atPath: workFolder.appendingPathComponent("plans").path))
    try session.send("w")
    try session.waitFor("Wrote 2 files")
    try session.send("w")
    let question = try session.waitFor("Press w to replace them")
    #expect(question.contains { $0.contains("plans/my plan.ics") })
    try session.send("w")
    try session.waitFor("Wrote 2 files")
    let markdown = try String(
      contentsOf: workFolder.appendingPathComponent("plans/my plan.md"), encoding: .utf8)
    let calendar = try String(
      contentsOf: workFolder.appendingPathComponent("plans/my plan.ics"), encoding: .utf8)
    #expect(markdown.contains("- [ ]"))
    #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(calendar.contains("BEGIN:VEVENT"))
    #expect(
      !FileManager.default.fileExists(
        atPath: workFolder.appendingPathComponent("plans/my plan.html").path))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workFolder.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers == [])
    try session.send("q")
    try session.waitFor("[exit 0]")
    // The choices come back next time.
    let preferences = try saved().preferences
    #expect(preferences.exportFormats == ["markdown", "ics"])
    #expect(preferences.exportPath == "plans/my plan")
    let again = try start(term: term)
    try again.waitFor("Resume")
    try again.send("Enter", "e")
    try again.waitFor("Write the files")
    #expect(try again.screen().contains { $0.contains("plans/my plan.*") })
    // A path naming an existing folder writes inside it, under the default name.
    try again.send("Down", "Down", "Down", "Down", "Down", "Enter", "C-u")
    try again.send("plans", literal: true)
    try again.send("Enter", "w")
    try again.waitFor("Wrote 2 files")
    for name in ["skillgap-plan.md", "skillgap-plan.ics"] {
      #expect(
        FileManager.default.fileExists(
          atPath: workFolder.appendingPathComponent("plans/" + name).path))
    }
    try again.send("q")
    try again.waitFor("[exit 0]")
  }

  @Test func aKilledSessionResumesWhereItStopped() throws {
    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("Enter")
    try session.send("3", "2", "1", "0", "4")
    try session.waitFor("6/\(skillCount)")
    let app = try #require(try session.appPID())
    kill(app, SIGKILL)
    // SIGKILL cannot be caught, so the terminal stays in the app's mode; wait for the process.
    let deadline = Date().addingTimeInterval(10)
    while FileManager.default.fileExists(atPath: "/proc/\(app)/status") && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(try saved().ratings.count == 5)
    // A write that SIGKILL cut short leaves its temporary file; the next start removes it.
    let stale = dataFolder.appendingPathComponent(".ml-engineer.json.skillgap-00c0ffee00c0ffee.tmp")
    try Data("{".utf8).write(to: stale)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: stale.path)

    let again = try start()
    try again.waitFor("Resume the assessment: 5 of \(skillCount) skills answered")
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    try again.send("Enter")
    let screen = try again.waitFor("6/\(skillCount)")
    #expect(screen.joined().contains("not answered yet"))
    try again.send("C-c")
    try again.waitFor("[exit 0]")
  }

  @Test func atStartOnlyTemporariesOlderThanTenMinutesAreRemoved() throws {
    // Names as AtomicFile makes them: `.<name>.skillgap-<16 hex digits>.tmp`.
    let old = dataFolder.appendingPathComponent(".ml-engineer.json.skillgap-0123456789abcdef.tmp")
    let fresh = dataFolder.appendingPathComponent(".ml-engineer.json.skillgap-fedcba9876543210.tmp")
    for file in [old, fresh] { try Data("{".utf8).write(to: file) }
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: old.path)
    // A minute old: another copy may still be writing it.
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: fresh.path)

    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("q")
    try session.waitFor("[exit 0]")
    #expect(!FileManager.default.fileExists(atPath: old.path))
    #expect(FileManager.default.fileExists(atPath: fresh.path))
  }

  @Test func controlCAndSigtermSaveAndRestoreTheTerminal() throws {
    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("Enter", "2", "n")
    try session.send("Café 日本", literal: true)
    try session.send("Enter")
    try session.waitFor("Note saved")
    try session.send("C-c")
    try session.waitFor("[exit 0]")
    let assessment = try saved()
    #expect(assessment.ratings.count == 2)
    #expect(assessment.ratings.values.contains { $0.note == "Café 日本" })

    let second = try start()
    try second.waitFor("Resume the assessment")
    try second.send("Enter", "1")
    try second.waitFor(" 2/\(skillCount) ")
    let app = try #require(try second.appPID())
    kill(app, SIGTERM)
    try second.waitFor("[exit 0]")
    // The note left the second skill unanswered, so resuming opened it and "1" answered it,
    // keeping the note.
    let after = try saved()
    #expect(after.ratings.count == 2)
    #expect(after.ratings.values.contains { $0.note == "Café 日本" && $0.answer == .level(1) })
  }

  @Test func aNotePastedWithJoiningCharactersIsEditedAndSaved() throws {
    // A decomposed é, a skin tone, a flag, a ZWJ family, Hangul jamo, a Devanagari vowel sign.
    let pasted =
      "Cafe\u{301} 👍\u{1F3FD} \u{1F1EB}\u{1F1F7} 👩\u{200D}👩\u{200D}👧 "
      + "\u{1100}\u{1161}\u{11A8} क\u{093F}"
    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("Enter", "2", "n")
    try session.send(pasted, literal: true)
    // Edit around what was pasted: the cursor must still be on a character.
    try session.send("Left", "Left", "BSpace", "Right", "Right")
    try session.send("!", literal: true)
    try session.send("Enter")
    try session.waitFor("Note saved")
    try session.send("C-c")
    try session.waitFor("[exit 0]")
    var expected = pasted
    expected.remove(at: expected.index(expected.endIndex, offsetBy: -3))
    #expect(try saved().ratings.values.contains { $0.note == expected + "!" })
  }

  @Test func aTerminalThatVanishesWithoutAHangupEndsTheAppWithItsAnswersSaved() throws {
    let terminal = try PseudoTerminal(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": dataFolder.path, "LANG": "C.UTF-8",
        "HOME": workFolder.path, "PATH": "/usr/bin:/bin",
      ],
      in: workFolder)
    let started = terminal.wait {
      String(decoding: terminal.output, as: UTF8.self).contains("assessment")
    }
    try #require(started, "\(String(decoding: terminal.output, as: UTF8.self))")
    terminal.send("\r2")
    #expect(terminal.wait { (try? saved().ratings.count) == 1 })
    terminal.closeMaster()
    let status = terminal.waitForExit(timeout: 5)
    #expect(status == 0, "the app still runs, or ended with wait status \(status ?? -1)")
    #expect(try saved().ratings.count == 1)
  }

  @Test func sigquitRestoresTheTerminalBeforeTheProcessEnds() throws {
    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("Enter", "2")
    try session.waitFor("2/\(skillCount)")
    let app = try #require(try session.appPID())
    kill(app, SIGQUIT)
    // The shell reports death by SIGQUIT as 128 + 3.
    try session.waitFor("[exit 131]")
    #expect(try !session.isInAlternateScreen())
    #expect(try saved().ratings.count == 1)
  }

  @Test func answersThatCannotBeSavedAreNeverLostSilently() throws {
    // A data folder inside a regular file can never be created, not even by root.
    let blocker = workFolder.appendingPathComponent("a-file")
    try Data().write(to: blocker)
    // With nothing answered there is nothing to lose: q quits at once.
    let untouched = try start(data: blocker.appendingPathComponent("data"))
    try untouched.waitFor("Answers cannot be saved")
    try untouched.send("q")
    try untouched.waitFor("[exit 0]")

    let session = try start(data: blocker.appendingPathComponent("data"))
    try session.waitFor("Answers cannot be saved")
    try session.send("Enter", "2")
    try session.waitFor("2/\(skillCount)")
    try session.waitFor("Answers cannot be saved")
    try session.send("q")
    try session.waitFor("Press q again to quit without them")
    try session.send("q")
    let screen = try session.waitFor("[exit 1]").joined(separator: " ")
    #expect(screen.contains("skillgap: your latest answers could not be saved"))
  }

  @Test func aSecondCopyOnTheSameDataFolderRefusesToStartAndLosesNothing() throws {
    let first = try start()
    try first.waitFor("Start the assessment")
    try first.send("Enter", "2")
    try first.waitFor("2/\(skillCount)")
    let holder = try #require(try first.appPID())

    let second = try start()
    let screen = try second.waitFor("[exit 1]").joined(separator: " ")
    #expect(screen.contains("another copy of skillgap (process \(holder))"))
    #expect(screen.contains("overwrite each other's answers"))

    // The first copy goes on saving; nothing of its answers was erased.
    try first.send("3")
    try first.waitFor("3/\(skillCount)")
    try first.send("q")
    try first.waitFor("[exit 0]")
    #expect(try saved().ratings.count == 2)

    // Once it has ended, a new copy starts and resumes.
    let third = try start()
    try third.waitFor("Resume the assessment")
    try third.send("q")
    try third.waitFor("[exit 0]")
  }

  @Test func controlZSuspendsToTheShellAndFgBringsTheScreenBack() throws {
    // An interactive shell with job control, as a person has it.
    let session = try TmuxSession(
      ["/bin/bash", "--norc", "--noprofile", "-i"],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": dataFolder.path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": workFolder.path, "PS1": "shell> ",
      ],
      in: workFolder)
    try session.waitFor("shell>")
    try session.send(TestPaths.skillgapBinary.path, literal: true)
    try session.send("Enter")
    try session.waitFor("Start the assessment")
    try session.send("Enter", "2")
    try session.waitFor("2/\(skillCount)")
    try session.send("C-z")
    let stopped = try session.waitFor("Stopped")
    #expect(try !session.isInAlternateScreen())
    #expect(stopped.contains { $0.hasPrefix("shell>") })
    #expect(!stopped.joined().contains("2/\(skillCount)"))

    try session.send("fg", literal: true)
    try session.send("Enter")
    let back = try session.waitFor("2/\(skillCount)")
    #expect(try session.isInAlternateScreen())
    // A clean repaint: nothing of the shell shows through.
    #expect(!back.joined().contains("shell>"))
    #expect(!back.joined().contains("Stopped"))
    try session.send("1")
    try session.waitFor("3/\(skillCount)")
    try session.send("q")
    try session.waitFor("shell>")
    #expect(try saved().ratings.count == 2)
  }

  @Test func outsideAUTF8LocaleTheScreenIsDrawnInASCIIAndSaysWhatToSet() throws {
    let session = try TmuxSession(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": dataFolder.path, "LANG": "C",
        "LC_ALL": "C", "NO_COLOR": "", "HOME": workFolder.path,
      ],
      in: workFolder)
    var screen = try session.waitFor("> Start the assessment")
    #expect(screen.joined().contains("set LANG=C.UTF-8"))
    try session.send("Enter", "2", "3")
    screen = try session.waitFor("3/\(skillCount)")
    try session.send("v")
    screen = try session.waitFor("Closest roles")
    for (row, line) in screen.enumerated() {
      // No byte outside printable ASCII, and none of curses' M-x or ~x stand-ins for one.
      #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(row)")
      #expect(!line.contains("M-"), "row \(row): \(line)")
    }
    // The title bar's progress ends one column before the edge, so no frame landed off.
    var title = screen[0]
    while title.hasSuffix(" ") { title.removeLast() }
    #expect(title.hasSuffix(" 2/\(skillCount) answered .........."), "\(title)")
    #expect(title.count == 79, "\(title)")
    try session.send("q")
    try session.waitFor("[exit 0]")
  }

  @Test func namesInWideScriptsAndWithJoiningCharactersLeaveNoStaleCells() throws {
    // Tangut and Kana Supplement (two columns each), combining marks and zero-width characters.
    let names = [
      "name: Alpha": "name: Alpha \u{17000}\u{17001}\u{17002}\u{1B001}\u{1B002} tangut-end",
      "name: Beta": "name: Beta e\u{301}\u{200B}\u{2060}",
      "name: Gamma": "name: Gamma \u{1B000}",
    ]
    var files = YAMLFixtures.valid(levels: ["none", "aware", "working", "proficient", "expert"])
    for path in files.map(\.path) {
      files = YAMLFixtures.editing(files, path) { text in
        names.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
      }
    }
    let content = try YAMLFixtures.write(files)
    let session = try TmuxSession(
      [TestPaths.skillgapBinary.path, "--content", content.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": dataFolder.path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": workFolder.path,
      ],
      in: workFolder)
    try session.waitFor("Start the assessment")
    try session.send("Enter")
    var screen = try session.waitFor("tangut-end")
    // Whatever the order of the skills, every one of them is shown once in turn.
    for _ in 0..<2 {
      try session.send("Right")
      Thread.sleep(forTimeInterval: 0.3)
      screen = try session.screen()
      if !screen.joined().contains("Alpha") {
        #expect(!screen.joined().contains("tangut-end"), "\(screen.joined(separator: "\n"))")
        #expect(!screen.joined().contains("end"), "\(screen.joined(separator: "\n"))")
      }
    }
    try session.send("q")
    try session.waitFor("[exit 0]")
  }

  @Test func resizingRelaysOutAtOnce() throws {
    let session = try start()
    try session.waitFor("Start the assessment")
    try session.send("Enter")
    try session.waitFor("1/\(skillCount)")
    try session.resize(width: 110, height: 30)
    var screen = try session.waitFor("Rate")
    Thread.sleep(forTimeInterval: 0.3)
    screen = try session.screen()
    #expect(screen[0].count > 80)
    try session.resize(width: 40, height: 10)
    screen = try session.waitFor("Enlarge it")
    try session.resize(width: 80, height: 24)
    screen = try session.waitFor("1/\(skillCount)")
    try session.send("q")
    try session.waitFor("[exit 0]")
  }
}

/// The plan screen's settings in the real binary: a longer horizon and other study days reach
/// the calendar that is exported.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct PlanSettingsEndToEndTests {
  /// How many skills an assessment walks (the optional ones left out).
  func skillCount() throws -> Int {
    let count = try Personas.walkedSkillCount()
    try #require(count > 0)
    return count
  }

  /// A data folder holding the backend engineer of Tests/Personas, saved as the app saves an
  /// assessment, and a work folder.
  func personaFolders() throws -> (data: URL, work: URL) {
    let data = try TestPaths.temporaryFolder("skillgap-data")
    let work = try TestPaths.temporaryFolder("skillgap-work")
    try Personas.savedDocument(
      "backend-engineer", target: "ml-engineer-mid", version: try Personas.embeddedVersion()
    ).write(to: data.appendingPathComponent("ml-engineer.json"))
    return (data, work)
  }

  func app(_ folders: (data: URL, work: URL), now: String = "") throws -> TmuxSession {
    try TmuxSession(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": folders.data.path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": folders.work.path, "SKILLGAP_NOW": now,
      ],
      width: 80, height: 24, in: folders.work)
  }

  /// On the day after the ratings, marks the plan's first `count` steps done and quits.
  func markFirstSteps(_ count: Int, _ folders: (data: URL, work: URL)) throws {
    let first = try app(folders, now: "2026-12-01T10:00:00Z")
    try first.waitFor("Resume")
    try first.send("Enter", "p")
    try first.waitFor("horizon 12 weeks")
    for done in 1...count {
      try first.send("]", "d")
      try first.waitFor("\(done) done")
    }
    try first.send("q")
    try first.waitFor("[exit 0]")
  }

  @Test func comingBackMonthsLaterOffersAReassessmentOfWhatMovedAndWentStale() throws {
    let folders = try personaFolders()
    // The day after the ratings: statistics' step is finished, and not re-rated yet.
    try markFirstSteps(1, folders)
    // Eight months on, every other rating is old.
    let skills = try skillCount()
    let later = try app(folders, now: "2027-08-01T10:00:00Z")
    try later.waitFor("Re-assess \(skills) skills: 1 moved, \(skills - 1) over 6 months old")
    try later.send("Down", "Enter")
    // The skill whose step was finished comes first: its evidence is the freshest.
    let moved = try later.waitFor("Re-assessing 1 of \(skills): a plan step was finished")
    #expect(moved[2].contains("Statistics"))
    try later.send("Enter")
    try later.waitFor("Re-assessing 2 of \(skills): rated over 6 months ago, on 2026-11-30")
    try later.send("q")
    try later.waitFor("[exit 0]")
    let saved = try String(
      contentsOf: folders.data.appendingPathComponent("ml-engineer.json"), encoding: .utf8)
    #expect(saved.contains(#""ratedAt" : "2027-08-01T10:00"#))
    #expect(saved.contains(#""planSince" : "2026-12-01""#))
  }

  /// Goes through a re-assessment from the skill it shows: `changes` names the skills (as the
  /// rating screen titles them) to rate at a new level, the others are confirmed with Enter.
  /// Stops after `limit` skills, or at the review.
  func reassess(_ session: TmuxSession, changes: [String: String], limit: Int = .max) throws {
    var done = 0
    var last = ""
    let deadline = Date().addingTimeInterval(60)
    while done < limit {
      Thread.sleep(forTimeInterval: 0.05)
      let screen = try session.screen()
      if screen.contains(where: { $0.contains("Re-assessment done") }) { return }
      try #require(Date() < deadline, "stuck at \(screen.joined(separator: "\n"))")
      guard let marker = screen.first(where: { $0.contains("Re-assessing ") }),
        let counter = marker.firstMatch(of: #/Re-assessing (\d+) of/#)?.output.1,
        counter != last
      else { continue }
      last = String(counter)
      let name = screen.count > 2 ? screen[2].trimmingCharacters(in: .whitespaces) : ""
      let change = changes.first { name.hasPrefix($0.key + "  ") }
      try session.send(change?.value ?? "Enter")
      done += 1
    }
  }

  @Test func reassessingAfterStepsAreDoneShowsWhatMovedAndAKillLosesNothing() throws {
    let folders = try personaFolders()
    // Two steps ticked off the day after the ratings.
    try markFirstSteps(2, folders)
    // Eight months on: a re-assessment, killed a third of the way through.
    let moved = ["Statistics": "2", "Supervised learning": "2", "Python": "4"]
    let skills = try skillCount()
    let later = try app(folders, now: "2027-08-01T10:00:00Z")
    try later.waitFor("2 moved")
    try later.send("Down", "Enter")
    try reassess(later, changes: moved, limit: 20)
    try later.waitFor("Re-assessing 21 of \(skills)")
    kill(try #require(try later.appPID()), SIGKILL)
    try later.waitFor("[exit 137]")
    // Resumed: only what was not confirmed yet comes back, and the answers given are kept.
    let again = try app(folders, now: "2027-08-01T11:00:00Z")
    try again.waitFor("Re-assess \(skills - 20) skills")
    try again.send("Down", "Enter")
    try reassess(again, changes: moved)
    try again.waitFor("Re-assessment done")
    try again.send("m")
    let progress = try again.waitFor("readiness ")
    let text = progress.joined(separator: "\n")
    #expect(text.contains("Statistics"), "\(text)")
    #expect(text.contains("Supervised learning"), "\(text)")
    #expect(text.contains("Python"), "\(text)")
    try again.send("q")
    try again.waitFor("[exit 0]")
    // One snapshot a sitting that changed answers: the first day, and the killed sitting (all
    // three changes came before the kill; the resumed one only confirmed ratings).
    let history = try CommandRunner.skillgap(["history", "--data-dir", folders.data.path])
    #expect(history.output.contains(": 2 snapshots"), "\(history.output)")
    let diff = try CommandRunner.skillgap(["diff", "--data-dir", folders.data.path])
    #expect(diff.output.contains("Statistics: Aware → Working"), "\(diff.output)")
    #expect(diff.output.contains("Supervised learning: Aware → Working"), "\(diff.output)")
    #expect(diff.output.contains("Python: Proficient → Expert"), "\(diff.output)")
  }

  @Test func stepsTickedOffSurviveAKillAndComeBackOnThePlan() throws {
    let folders = try personaFolders()
    let session = try app(folders)
    try session.waitFor("Resume")
    try session.send("Enter", "p")
    try session.waitFor("horizon 12 weeks")
    // The first step: an hour logged, then done; the second: under way.
    try session.send("]", "H")
    try session.waitFor("1 h logged")
    try session.send("d")
    try session.waitFor("Press y to rate")
    try session.send("]", "s")
    try session.waitFor("Under way:")
    // Killed without a chance to save: every mark shown was already saved.
    let pid = try #require(try session.appPID())
    kill(pid, SIGKILL)
    try session.waitFor("[exit 137]")
    let again = try app(folders)
    try again.waitFor("Resume")
    try again.send("Enter", "p")
    let screen = try again.waitFor("Your progress")
    #expect(screen.contains { $0.contains("1 done · 1 under way · 1 h logged") })
    #expect(screen.contains { $0.contains("✓ Statistics: Aware → Working") })
    try again.send("q")
    try again.waitFor("[exit 0]")
    let progress = try CommandRunner.skillgap(["progress", "--data-dir", folders.data.path])
    #expect(
      progress.output.contains(
        "Done (1)\n  statistics@2  Statistics: Aware → Working · 1 h logged\n"))
    #expect(progress.output.contains("Under way (1)\n"))
  }

  @Test func theHorizonAndTheDaysChosenOnThePlanScreenShapeTheCalendar() throws {
    let folders = try personaFolders()
    let (data, work) = folders
    let session = try TmuxSession(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": data.path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": work.path,
      ],
      width: 80, height: 24, in: work)
    try session.waitFor("Resume")
    try session.send("Enter", "p")
    try session.waitFor("horizon 12 weeks")
    // Horizon: 12 → 16 weeks. Days: Saturday on, Monday off.
    try session.send("Right", "+")
    try session.waitFor("horizon 16 weeks")
    try session.send("Right", "Right", "6", "1")
    try session.waitFor("days Tue–Sat")
    try session.waitFor("Next 16 weeks: 128 h of study")
    // Export the calendar alone: Markdown and HTML off, iCalendar stays on.
    try session.send("e")
    try session.waitFor("Tue–Sat")
    try session.send("Space", "Down", "Down", "Down", "Space", "w")
    try session.waitFor("Wrote 1 file")
    let calendar = try String(
      contentsOf: work.appendingPathComponent("skillgap-plan.ics"), encoding: .utf8)
    let starts = calendar.split(separator: "\r\n").filter { $0.hasPrefix("DTSTART:") }
      .map { String($0.dropFirst("DTSTART:".count)) }
    let ends = calendar.split(separator: "\r\n").filter { $0.hasPrefix("DTEND:") }
      .map { String($0.dropFirst("DTEND:".count)) }
    #expect(!starts.isEmpty)
    let days = try starts.map { text in
      try #require(
        CalendarDay(
          iso: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.dropFirst(6).prefix(2))"))
    }
    // Only Tuesday to Saturday, only within the 16 weeks, never ending after 22:00.
    #expect(Set(days.map(\.weekday)).isSubset(of: [2, 3, 4, 5, 6]))
    let last = try #require(days.max())
    let today = try #require(days.min())
    #expect(last.dayNumber - today.dayNumber < 16 * 7)
    #expect(ends.allSatisfy { $0.suffix(6) <= "220000" })
    try session.send("q")
    try session.waitFor("[exit 0]")
    let saved = try String(
      contentsOf: data.appendingPathComponent("ml-engineer.json"), encoding: .utf8)
    #expect(saved.contains("\"horizonWeeks\" : 16"))
  }
}
