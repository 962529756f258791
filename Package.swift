// swift-tools-version: 6.1
import PackageDescription

/// Release builds reach a generic type's metadata through its accessor instead of demangling the
/// type's name at run time: the demangler and the generic-requirement checks it triggers (each a
/// scan of every protocol conformance in the static binary) took a quarter of the start-up.
let startUp: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "skillgap",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "skillgap", targets: ["skillgap"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // ncurses (wide) with a shim for the macros and globals Swift cannot import safely.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // The pure core: framework model, engine, planner, exporters. No I/O, no terminal.
    .target(
      name: "SkillgapCore",
      dependencies: [
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "HeapModule", package: "swift-collections"),
      ],
      swiftSettings: startUp
    ),
    // YAML text → core values, with diagnostics that name file, line, column and field.
    .target(
      name: "SkillgapLoading",
      dependencies: ["SkillgapCore", "Yams"],
      swiftSettings: startUp
    ),
    // The UI state machine and the screen buffer it renders to. No terminal calls.
    .target(
      name: "SkillgapUI",
      dependencies: ["SkillgapCore"],
      swiftSettings: startUp
    ),
    // The one adapter that talks to ncurses.
    .target(
      name: "SkillgapTerminal",
      dependencies: ["SkillgapUI", "CNcursesw"],
      swiftSettings: startUp
    ),
    // Build-time tool: validates Content/ and writes it as ready-made Swift source.
    .executableTarget(
      name: "skillgap-embed",
      dependencies: ["SkillgapLoading", "SkillgapCore"]
    ),
    .plugin(
      name: "EmbedFramework",
      capability: .buildTool(),
      dependencies: ["skillgap-embed"]
    ),
    .executableTarget(
      name: "skillgap",
      dependencies: [
        "SkillgapCore",
        "SkillgapLoading",
        "SkillgapUI",
        "SkillgapTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: startUp,
      // The release binary packs its ~90,000 relative relocations (DT_RELR, glibc 2.36 and GNU
      // ld 2.38 or later): the dynamic loader's start-up falls from about 3.3 M to 0.5 M cycles
      // and the binary stays position-independent. See the README's "Benchmarks".
      linkerSettings: [
        .unsafeFlags(
          [
            "-use-ld=bfd", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-static-executable",
          ],
          .when(platforms: [.linux], configuration: .release))
      ],
      plugins: ["EmbedFramework"]
    ),
    .executableTarget(
      name: "skillgap-bench",
      dependencies: ["SkillgapCore", "SkillgapLoading", "SkillgapTestSupport", "SkillgapUI"]
    ),
    .target(
      name: "SkillgapTestSupport",
      dependencies: ["SkillgapCore", "SkillgapLoading"]
    ),
    .testTarget(
      name: "SkillgapCoreTests",
      dependencies: [
        "SkillgapCore", "SkillgapTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "SkillgapLoadingTests",
      dependencies: [
        "SkillgapLoading", "SkillgapCore", "SkillgapTestSupport",
        // Yams, to check that the loader's own composer reads YAML as Yams' did.
        "Yams",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "SkillgapUITests",
      dependencies: [
        "SkillgapUI", "SkillgapCore", "SkillgapLoading", "SkillgapTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "SkillgapCLITests",
      dependencies: ["SkillgapTestSupport", "skillgap"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
