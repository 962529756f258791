import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct HTMLExportTests {
  /// Elements that have no closing tag.
  static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link"]

  /// Checks that every opened element is closed in order; returns the first problem.
  static func structureProblem(_ html: String) -> String? {
    var stack: [String] = []
    let tag = #/<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/#
    for match in html.matches(of: tag) {
      let name = match.output.2.lowercased()
      let attributes = String(match.output.3)
      if match.output.1 == "/" {
        guard stack.popLast() == name else { return "unexpected </\(name)>" }
      } else if !Self.voidElements.contains(name) && !attributes.hasSuffix("/") {
        stack.append(name)
      }
    }
    return stack.isEmpty ? nil : "unclosed \(stack)"
  }

  @Test func theGoldenPlanGivesTheGoldenPage() throws {
    expectGolden(
      HTMLExport.render(try ExportFixtures.golden()), named: "golden-plan", fileExtension: "html")
  }

  @Test func thePracticePlanGivesItsGoldenPageWithATimelineAndLater() throws {
    let html = HTMLExport.render(try ExportFixtures.practice())
    expectGolden(html, named: "golden-plan-practice", fileExtension: "html")
    // The horizon is one timeline with a row per step, practice marked as such, then "Later".
    #expect(html.components(separatedBy: "<div class=\"timeline\"").count == 2)
    #expect(html.contains("practice at work (not study hours)"))
    let later = try #require(html.range(of: "<h3>Later</h3>"))
    #expect(html[later.upperBound...].contains("Write: L1 → L2"))
    // A shared project is named by the step that bills it: the page shows no ids.
    #expect(html.contains("same project as Read: L0 → L1"))
    #expect(!html.contains("read@1"))
  }

  @Test func withHistoryThePageChartsReadinessOverTimeAndTheJSONCarriesIt() throws {
    let framework = FixtureFrameworks.threeLevel()
    let assessment = FixtureFrameworks.goldenAssessment()
    var earlier = assessment
    for id in earlier.ratings.keys { earlier.ratings[id] = nil }
    let history = [
      Snapshot(
        of: earlier, framework: framework,
        at: FixtureFrameworks.time.addingTimeInterval(-86_400 * 60)),
      Snapshot(of: assessment, framework: framework, at: FixtureFrameworks.time),
    ]
    let results = try Results.make(
      framework: framework, assessment: assessment, target: "journeyman",
      plan: PlanOptions(start: FixtureFrameworks.monday), history: history)
    let percents = history.compactMap { $0.readiness["journeyman"] }
    #expect(results.readinessHistory?.map(\.percent) == percents)
    let page = HTMLExport.render(results)
    #expect(page.contains("<h2>Readiness over time</h2>"))
    #expect(page.contains("<title>now: \(results.report?.readinessPercent ?? -1) %</title>"))
    #expect(page.components(separatedBy: "<rect class=").count - 1 >= 3)
    let decoded = try ResultsDocument.decode(ResultsDocument.encode(results))
    #expect(decoded.readinessHistory == results.readinessHistory)
    // Without history, neither the section nor the field appears.
    let plain = try ExportFixtures.golden()
    #expect(!HTMLExport.render(plain).contains("Readiness over time"))
    #expect(
      !String(decoding: ResultsDocument.encode(plain), as: UTF8.self).contains("readinessHistory"))
  }

  @Test func thePageIsWellFormedAndSelfContained() throws {
    for results in [
      try ExportFixtures.golden(), try ExportFixtures.hostile(), try ExportFixtures.goldenReport(),
    ] {
      let html = HTMLExport.render(results)
      #expect(Self.structureProblem(html) == nil)
      for forbidden in ["<script", "src=", "<link", "url(", "<iframe", "<object", "<embed", "<img"]
      {
        #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
      }
      #expect(html.contains("Content-Security-Policy"))
      #expect(html.contains("@media print"))
      #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    }
  }

  @Test func everyPieceOfFrameworkTextAndEveryNoteIsEscaped() throws {
    let html = HTMLExport.render(try ExportFixtures.hostile())
    #expect(
      html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
    #expect(html.contains("Villain &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;"))
    #expect(html.contains("Hostile &lt;i&gt;framework&lt;/i&gt;"))
    #expect(html.contains("&lt;/td&gt;&lt;script&gt;steal()&lt;/script&gt; &amp; &quot;more&quot;"))
    #expect(html.contains("Evil &lt;category&gt; &amp; &quot;co&quot;"))
    #expect(html.contains("&lt;b&gt;None&lt;/b&gt;"))
    #expect(!html.contains("alert(\"pwned\")"))
    #expect(!html.contains("<i>"))
    #expect(!html.contains("<b>"))
  }

  @Test func onlyWebAddressesBecomeLinks() throws {
    let html = HTMLExport.render(try ExportFixtures.hostile())
    #expect(!html.lowercased().contains("javascript:"))
    #expect(html.contains("Click &lt;me&gt; <small>(article)</small>"))
    #expect(
      html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">Safe &quot;docs&quot;</a>"))
  }

  @Test func theChartHasABarPairPerCategoryOnTheScale() throws {
    let html = HTMLExport.render(try ExportFixtures.golden())
    #expect(html.components(separatedBy: "<g class=\"row\">").count - 1 == 2)
    #expect(
      html.contains(
        "<title>Basics: met 0.33 of required 1.67; mean current 0.33 (3 skills, 3 gaps)</title>"))
    // Three levels give three grid lines.
    #expect(html.components(separatedBy: "<line class=\"grid\"").count - 1 == 3)
  }

  @Test func theChartShowsWhatIsShortNotASurplusThatHidesIt() throws {
    // Two skills at 0 and one far above its requirement: the mean current level (2.33 of 4)
    // looks half met, but only 1.67 of the 4 required levels are met.
    let framework = FixtureFrameworks.eightLevel()
    let assessment = FixtureFrameworks.assessment(
      framework, ["noise": .level(0), "signal": .level(7), "filters": .level(0)])
    let results = try Results.make(
      framework: framework, assessment: assessment, target: "engineer", plan: nil)
    let html = HTMLExport.render(results)
    let row = try #require(html.firstMatch(of: #/<g class="row">.*?</g>/#)).output
    let widths = row.matches(
      of: #/class="(required|current)" x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)"/#
    )
    .reduce(into: [String: Double]()) { $0[String($1.output.1)] = Double($1.output.2) }
    let required = try #require(widths["required"])
    let met = try #require(widths["current"])
    #expect(abs(met / required - (5.0 / 3) / 4) < 0.01, "filled bar \(met) of \(required)")
    #expect(row.contains("met 1.67 of required 4; mean current 2.33"))
    #expect(html.contains("counts each skill only up to its required level"))
  }

  @Test func aReportWithoutAPlanHasNoWeeklySection() throws {
    let html = HTMLExport.render(try ExportFixtures.goldenReport())
    #expect(html.contains("<title>Gap report: Journeyman · skillgap</title>"))
    #expect(!html.contains("id=\"plan\""))
  }

  @Test func escapingDropsControlCharacters() {
    #expect(HTMLExport.escape("a\u{0}b\u{1B}[31mc\r\nd") == "ab[31mc\nd")
  }
}
