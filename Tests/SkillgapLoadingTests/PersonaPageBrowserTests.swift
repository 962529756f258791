import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// A real person's plan page, on the default framework, in headless Chromium on paper.
// On CI (`CI` set) the suite runs even without a browser, so a missing one fails it.
@Suite(.enabled(if: HeadlessChromium.testsRun, "needs headless Chromium"))
struct PersonaPageBrowserTests {
  @Test func theBackendEngineersPlanPrintsCompactlyAndFitsAPhone() throws {
    let browser = try HeadlessChromium.required()
    let framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    let file = TestPaths.packageRoot.appendingPathComponent("Tests/Personas/backend-engineer.csv")
    let ratings = RatingsCSV.read(
      bytes: [UInt8](try Data(contentsOf: file)), file: "backend-engineer.csv",
      framework: framework, ratedAt: FixtureFrameworks.time)
    let target = "ml-engineer-mid"
    let results = try Results.make(
      framework: framework,
      assessment: ratings.assessment(of: framework, at: FixtureFrameworks.time, target: target),
      target: target,
      plan: PlanOptions(hoursPerWeek: 8, start: try #require(CalendarDay(iso: "2027-01-04"))))
    let page = HTMLExport.render(results)
    let folder = try TestPaths.temporaryFolder("skillgap-persona-page")
    // Sections that were kept whole left pages half empty: 9 pages before, 7 then. The 2026
    // edition's page is longer (every role's pay bands with their sources, more skills in the
    // gap table and the plan): 9 pages, with no page left half empty by a kept-whole section.
    let pages = try browser.printedPages(page, in: folder)
    #expect(pages <= 9, "printed on \(pages) pages")
    let phone = try browser.layout(page, width: 390, in: folder)
    #expect(phone.scrollWidth <= phone.clientWidth, "\(phone)")
  }
}
