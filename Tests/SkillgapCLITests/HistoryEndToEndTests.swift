import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The app keeps snapshots in the history as a person finishes and starts over (tmux).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct HistoryEndToEndTests {
  @Test func startingOverAndFinishingEachKeepASnapshotThatAKillNeverLoses() throws {
    let skillCount = try Personas.walkedSkillCount()
    try #require(skillCount > 0)
    let data = try TestPaths.temporaryFolder("skillgap-history-e2e")
    let work = try TestPaths.temporaryFolder("skillgap-history-work")
    func start() throws -> TmuxSession {
      try TmuxSession(
        [TestPaths.skillgapBinary.path],
        environment: [
          "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": data.path, "LANG": "C.UTF-8",
          "NO_COLOR": "", "HOME": work.path,
        ],
        width: 80, height: 24, in: work)
    }
    let history = data.appendingPathComponent("history/ml-engineer")
    func snapshots() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: history.path)) ?? []).sorted()
    }

    // Three answers, then quit: not complete, so no snapshot yet.
    let first = try start()
    try first.waitFor("Start the assessment")
    try first.send("Enter")
    try first.send("3", "2", "1")
    try first.waitFor("4/\(skillCount)")
    try first.send("q")
    try first.waitFor("[exit 0]")
    #expect(snapshots().isEmpty)

    // Starting over keeps the three answers in the history.
    let second = try start()
    try second.waitFor("Resume the assessment: 3 of \(skillCount) skills answered")
    try second.send("Down")
    try second.send("Enter")
    try second.waitFor("Press Enter again to start over")
    try second.send("Enter")
    try second.waitFor("1/\(skillCount)")
    #expect(snapshots().count == 1)
    // Finishing the new assessment keeps a second snapshot; a kill then loses neither.
    for index in 0..<skillCount { try second.send(String(index % 5)) }
    try second.waitFor("Every skill has an answer")
    let app = try #require(try second.appPID())
    kill(app, SIGKILL)
    let deadline = Date().addingTimeInterval(10)
    while FileManager.default.fileExists(atPath: "/proc/\(app)/status") && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    let files = snapshots()
    #expect(files.count == 2)
    #expect(files.allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") })

    let listed = try CommandRunner.skillgap(["history", "--data-dir", data.path, "-f", "csv"])
    #expect(listed.status == 0, "\(listed.error)")
    let rows = listed.output.split(separator: "\r\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.map { $0[4] } == ["3", "\(skillCount)"])
    let diff = try CommandRunner.skillgap(["diff", "--data-dir", data.path])
    #expect(diff.status == 0, "\(diff.error)")
    #expect(diff.output.hasPrefix("From #1 ("))
  }
}
