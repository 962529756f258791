#!/usr/bin/env python3
"""Checks the golden exports and the saved-assessment fixture with Python's jsonschema.

Optional: `swift test --filter JSONSchemaTests` checks the same files without Python. Run from
the package root: python3 Schemas/check.py
"""
import glob
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed (pip install jsonschema); skipped.")
    sys.exit(0)


def load(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


checks = [("Schemas/skillgap-export.schema.json", p)
          for p in sorted(glob.glob("Tests/**/Snapshots/golden*.json", recursive=True))]
checks.append(("Schemas/skillgap-assessment.schema.json",
               "Tests/SkillgapCoreTests/Snapshots/saved-assessment.json"))
failed = 0
for schema_path, document_path in checks:
    schema = load(schema_path)
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(load(document_path)))
    for error in errors:
        print(f"{document_path}: {error.json_path}: {error.message}")
    failed += bool(errors)
    print(f"{document_path}: {'invalid' if errors else 'valid'} against {schema_path}")
sys.exit(1 if failed else 0)
