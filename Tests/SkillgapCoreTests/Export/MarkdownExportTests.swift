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

  @Test func thePracticePlanGivesItsGoldenDocument() throws {
    expectGolden(
      MarkdownExport.render(try ExportFixtures.practice()), named: "golden-plan-practice",
      fileExtension: "md")
  }

  @Test func eachWeekIsAChecklistAndResourcesAreLinks() throws {
    let markdown = MarkdownExport.render(try ExportFixtures.golden())
    #expect(markdown.contains("## The next 12 weeks\n"))
    #expect(markdown.contains("### Week 1 · Mon 2026-01-05 to Sun 2026-01-11 · 6 h of study\n"))
    #expect(
      markdown.contains(
        "- [ ] **Arithmetic: Capable → Lead** (`arithmetic@2`): 6 h, 1 of 4 weeks\n"
          + "  - Do: Practise arithmetic until Lead.\n"
          + "  - Prove it: A project showing arithmetic at Lead.\n"
          + "  - Resources: [Guide to Arithmetic](<https://example.org/arithmetic>) (docs)\n"))
    #expect(
      markdown.contains(
        "- [ ] **Arithmetic: Capable → Lead** (`arithmetic@2`): 2 h, 4 of 4 weeks, "
          + "closes a blocking gap, finishes this week\n"))
    #expect(markdown.contains("- Every blocking gap closes by week 7 (2026-02-22).\n"))
    #expect(markdown.contains("- Plan: 6 h a week · Mon–Fri, from 18:00 · sessions up to 2 h · "))
    #expect(!markdown.contains("## Later"))
  }

  @Test func practiceTasksASharedMilestoneAndLaterAreListed() throws {
    let markdown = MarkdownExport.render(try ExportFixtures.practice())
    #expect(
      markdown.contains(
        "- At work this week (15 min each to note what you did):\n"
          + "  - [ ] **Lead: L0 → L1** (`lead@1`): 2 h at work, 1 of 3 weeks\n"))
    // The blocking step's project uses write, so write comes first and read starts in week 1.
    #expect(markdown.contains("  - Continue: Read the guide\n  - This week: Do its exercises\n"))
    #expect(
      markdown.contains(
        "  - Prove it: Ship a small service. (the same project as Read: L0 → L1, billed there)\n"))
    #expect(markdown.contains("  - Hours: The guide's stated length.\n"))
    #expect(
      markdown.contains(
        "## Later\n\n- [ ] Read: L0 → L1 · 2 h left, to week 4\n"
          + "- [ ] Write: L1 → L2 · 10 h, about weeks 4–5\n"))
  }

  @Test func blockingGapsOnlyListsWhatIsLeftOut() throws {
    let results = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman",
      plan: PlanOptions(start: FixtureFrameworks.monday, horizonWeeks: 2, blockingOnly: true))
    let markdown = MarkdownExport.render(results)
    #expect(markdown.contains("## The next 2 weeks\n"))
    #expect(
      markdown.contains(
        "## Later\n\n- [ ] Arithmetic: Capable → Lead · 8 h left, to week 4\n"
          + "- [ ] Algebra: Novice → Capable · 10 h, about weeks 4–5\n"
          + "- [ ] Calculus: Novice → Capable · 10 h, about weeks 6–7\n"))
    #expect(
      markdown.contains(
        "## Left out (blocking gaps only)\n\n- Estimation: Novice → Capable: 10 h\n"
          + "- Estimation: Capable → Lead: 20 h\n"))
    #expect(
      markdown.contains(
        "- After week 2: 2 more steps, and the rest of 1 step under way (28 h of study). Blocking gaps only: 2 steps of the rest "
          + "of the role are left out.\n"))
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
}
