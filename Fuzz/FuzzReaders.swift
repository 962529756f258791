// A libFuzzer target for the three readers of outside input: the YAML framework loader, the
// ratings CSV reader and the saved-assessment JSON reader. Built outside the package by
// `Fuzz/run.sh` with `swiftc -sanitize=fuzzer`; one binary, the reader chosen by the
// SKILLGAP_FUZZ_READER environment variable (yaml, csv or json).
import Foundation
import SkillgapCore
import SkillgapLoading

/// Which reader the inputs go to.
enum Reader: String {
  case yaml, csv, json
}

/// The fixture framework in `Fuzz/Framework` (SKILLGAP_FUZZ_FRAMEWORK), read once.
let baseFiles: [SourceFile] = {
  let folder = ProcessInfo.processInfo.environment["SKILLGAP_FUZZ_FRAMEWORK"] ?? "Framework"
  return (try? FrameworkFolder.read(URL(fileURLWithPath: folder))) ?? []
}()

/// The fixture framework loaded, or nil when it cannot be read.
let baseFramework: Framework? = FrameworkLoader.load(files: baseFiles).framework

let reader = Reader(rawValue: ProcessInfo.processInfo.environment["SKILLGAP_FUZZ_READER"] ?? "")

/// The YAML loader on the fixture with one file replaced: the input's first byte picks the
/// file, the rest is its text. A framework that loads then goes through the engine for each
/// role, and its first role is planned and exported in every format, since everything
/// `validate` accepts must be safe for the engine, the planner and the exporters.
func fuzzYAML(_ bytes: [UInt8]) {
  guard let first = bytes.first, !baseFiles.isEmpty else { return }
  var files = baseFiles
  let index = Int(first) % (files.count + 1)
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  if index == files.count {
    files.append(SourceFile(path: "categories/99-fuzz.yaml", text: text))
  } else {
    files[index] = SourceFile(path: files[index].path, text: text)
  }
  let result = FrameworkLoader.load(files: files)
  guard let framework = result.framework, !result.diagnostics.hasErrors else { return }
  let assessment = Assessment(framework: framework, at: Date(timeIntervalSince1970: 0))
  let engine = GapEngine(framework: framework)
  for role in framework.roles {
    _ = try? engine.report(for: role.id, assessment: assessment)
  }
  guard let role = framework.roles.first, let start = CalendarDay(iso: "2027-01-04") else {
    return
  }
  let results = try? Results.make(
    framework: framework, assessment: assessment, target: role.id,
    plan: PlanOptions(start: start))
  guard let results else { return }
  for format in ExportFormat.allCases { _ = format.render(results) }
}

/// The ratings CSV reader on the input as a file's bytes.
func fuzzCSV(_ bytes: [UInt8]) {
  guard let framework = baseFramework else { return }
  let result = RatingsCSV.read(
    bytes: bytes, file: "fuzz.csv", framework: framework, ratedAt: Date(timeIntervalSince1970: 0))
  _ = result.diagnostics.map(\.description)
}

/// The saved-assessment reader on the input as a document, fitted to the fixture framework.
func fuzzJSON(_ bytes: [UInt8]) {
  guard let assessment = try? AssessmentDocument.decode(Data(bytes)) else { return }
  if let framework = baseFramework { _ = assessment.fitted(to: framework) }
  _ = AssessmentDocument.encode(assessment)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
  switch reader {
  case .yaml: fuzzYAML(bytes)
  case .csv: fuzzCSV(bytes)
  case .json: fuzzJSON(bytes)
  case nil: break
  }
  return 0
}
