import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct MarkdownExportTests {
  @Test func theGoldenPlanGivesTheGoldenDocument() throws {
    expectGolden(
      MarkdownExport.render(try ExportFixtures.golden()), named: "golden-plan", fileExtension: "md")
  }

  @Test func theGoldenReportGivesTheGoldenReportDocument() throws {
    expectGolden(
      MarkdownExport.render(try ExportFixtures.goldenReport()), named: "golden-report",
      fileExtension: "md")
  }

  @Test func eachWeekIsAChecklistAndResourcesAreLinks() throws {
    let markdown = MarkdownExport.render(try ExportFixtures.golden())
    #expect(markdown.contains("### Week 1 · Mon 2026-01-05 to Sun 2026-01-11 · 6 h"))
    #expect(
      markdown.contains(
        "- [ ] **Arithmetic: Capable → Lead**: 6 h of 20 h, week 1 of 4, continues next week\n"))
    #expect(
      markdown.contains(
        "- [ ] **Arithmetic: Capable → Lead**: 2 h of 20 h, week 4 of 4, finishes this week, "
          + "closes a blocking gap\n"))
    #expect(markdown.contains("[Guide to Arithmetic](<https://example.org/arithmetic>) (docs)"))
    #expect(markdown.contains("Every blocking gap closes by week 7 (Sun 2026-02-22)."))
  }

  @Test func frameworkTextCannotInjectMarkupOrLinks() throws {
    let markdown = MarkdownExport.render(try ExportFixtures.hostile())
    // The only `<` are backslash-escaped ones, which Markdown shows as text, and the brackets
    // around link addresses.
    let unescaped = markdown.replacingOccurrences(of: "\\<", with: "")
      .replacingOccurrences(of: "](<https://", with: "")
    #expect(!unescaped.contains("<"))
    #expect(markdown.contains("\\<script\\>alert(\"pwned\")\\</script\\> \\& 'quotes'"))
    #expect(!markdown.lowercased().contains("(<javascript"))
    #expect(markdown.contains("Click \\<me\\> (article)"))
    // A name cannot add a column to a table: every row has as many unescaped `|` as its header.
    var tables: [[Int]] = [[]]
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        if tables.last?.isEmpty == false { tables.append([]) }
        continue
      }
      let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      tables[tables.count - 1].append(pipes)
    }
    let filled = tables.filter { !$0.isEmpty }
    #expect(filled.count == 3)
    for table in filled { #expect(Set(table).count == 1, "\(table)") }
  }

  @Test func escapingCoversMarkdownAndHTMLCharacters() {
    #expect(
      MarkdownExport.escape("*a* _b_ [c](d) <e> |f| `g` #h ~i~ !j &k")
        == "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\|f\\| \\`g\\` \\#h \\~i\\~ \\!j \\&k")
    #expect(MarkdownExport.escape("two\nlines\r\n and\ttab") == "two lines and tab")
  }

  @Test func aCappedPlanListsWhatIsNotFinished() throws {
    let results = try Results.make(
      framework: FixtureFrameworks.eightLevel(),
      assessment: FixtureFrameworks.assessment(FixtureFrameworks.eightLevel(), [:]),
      target: "engineer",
      plan: PlanOptions(hoursPerWeek: 5, start: FixtureFrameworks.monday, maxWeeks: 2))
    let markdown = MarkdownExport.render(results)
    #expect(markdown.contains("## Not finished within 2 weeks"))
    #expect(markdown.contains("Some blocking gaps stay open when the plan ends"))
    #expect(markdown.contains("week 1 of 1+, continues next week"))
  }
}
