#!/usr/bin/env python3
"""Fits tobook's heading model on the development corpus (`make train`), and cross-validates it
(`make eval`).

The Swift tool `tobook-train features` writes every heading candidate of a book with its
evidence (feature name -> value) as tobook's detector sees it. A candidate whose line is a true
heading in the folder's truth.json is a positive example, one whose line is an optional heading
(a title page, a contents label, a play's list of persons) is left out, and so is a section
number of a sequence that restarts under other headings (a poem's numbered sections: minor
headings, which no table of contents lists, so the truth says nothing of them); every other
candidate is a negative example. The detector has two stages, and so does the fit:

1. the marked stage (candidates with a keyword, a number or a standalone word), whose evidence
   does not depend on any weights: dump, fit;
2. the unmarked stage, whose evidence depends on which marked candidates were accepted: dump
   again with the stage-1 weights, fit.

Each stage is an L2-regularised logistic regression whose weights keep the sign the evidence's
meaning gives them (SciPy's L-BFGS-B with bounds; see FOR and AGAINST); the decision threshold
that maximises F1 on the training candidates is folded into the bias, so that tobook calls a
candidate a heading when its score is 0 or more. Weights are rounded to 3 decimals and written
as Swift (HeadingModel+Fitted.swift).

  train_headings.py fit --tool TOBOOK_TRAIN --out SWIFT_FILE FOLDER...
  train_headings.py crossval --tool TOBOOK_TRAIN --out DIR --score-folder FOLDER FOLDER...

`crossval` splits the books of --score-folder into 5 folds (by sorted name, every fifth book),
fits on the other folds plus every other folder, and converts the held-out books with those
weights into DIR/NAME.epub: scoring DIR then gives figures for books the weights never saw.
"""
import json
import os
import re
import unicodedata
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import minimize

FOLDS = 5
# The strength of the L2 penalty (scikit-learn's C is its inverse): chosen by cross-validation.
REGULARISATION = float(os.environ.get("TRAIN_C", "1.0"))
BOOK_EXPONENT = float(os.environ.get("TRAIN_BOOK_EXPONENT", "0.5"))
DECIMALS = 3


# Books whose truth was checked by hand (shared/corpus) rather than derived from HTML: their
# candidates count CHECKED_WEIGHT times. 3 was chosen on the whole development corpus: with
# the article evidence of issue 17, weight 1 lost a corpus heading (Apache's APPENDIX) that 3
# keeps, and 3 scored better on the development books and articles (in-sample and
# cross-validated) than 1.
CHECKED = set()
CHECKED_WEIGHT = float(os.environ.get("TRAIN_CHECKED_WEIGHT", "3"))


def load_truth(folders):
    """{file name: (true lines, optional lines)} over every folder."""
    truth = {}
    for folder in folders:
        checked = os.path.basename(os.path.normpath(folder)) == "corpus"
        for name, entry in json.load(open(os.path.join(folder, "truth.json"))).items():
            if checked:
                CHECKED.add(name)
            if "toc_sequence" not in entry:
                truth[name] = article_lines(os.path.join(folder, name), entry)
                continue
            true = {line for line, _ in entry["toc_sequence"]}
            optional = {item[0] for item in entry.get("optional", [])}
            truth[name] = (true, optional - true)
    return truth


def words(text):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).lower())


def article_lines(path, entry):
    """An article's truth (corpus-dev/articles: heading texts in order, the headline on line 1)
    as line numbers: each heading is the next line whose words are the heading's words."""
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    keys = [words(line) for line in lines]
    true, cursor = set(), 1
    for heading in entry["headings"]:
        want = words(heading["text"])
        for index in range(cursor, len(lines)):
            if want and keys[index] == want:
                true.add(index + 1)
                cursor = index + 1
                break
    return true, {1} - true


def books(folders):
    """(folder, file name) of every book with truth, in a fixed order."""
    found = []
    for folder in folders:
        for name in sorted(json.load(open(os.path.join(folder, "truth.json")))):
            found.append((folder, name))
    return found


def dump(tool, paths, weights=None):
    """Runs the feature dump; returns the candidate records."""
    command = [tool, "features"]
    with tempfile.TemporaryDirectory() as scratch:
        if weights is not None:
            path = os.path.join(scratch, "weights.json")
            with open(path, "w") as handle:
                json.dump(weights, handle)
            command += ["--weights", path]
        records = []
        # Two processes, one per core.
        halves = [paths[0::2], paths[1::2]]
        procs = [subprocess.Popen(command + half, stdout=subprocess.PIPE) for half in halves if half]
        for proc in procs:
            out, _ = proc.communicate()
            if proc.returncode != 0:
                sys.exit("train_headings: the feature dump failed")
            records += [json.loads(line) for line in out.decode().splitlines()]
    return records


def examples(records, truth, stage, names):
    """Feature dictionaries and labels of one stage's candidates in the given books."""
    rows, labels, groups = [], [], []
    for record in records:
        if record["stage"] != stage or record["file"] not in names:
            continue
        true, optional = truth[record["file"]]
        if record["line"] in optional or record.get("subordinate") and record["line"] not in true:
            continue
        rows.append(record["features"])
        labels.append(1 if record["line"] in true else 0)
        groups.append(record["file"])
    return rows, np.array(labels), groups


# The direction of each piece of evidence is known before any fitting: a keyword or a wide gap
# speaks for a heading, a sentence ending or a list against it. The fit chooses how much each
# weighs, never its sign, so that a feature one book happens to contradict cannot flip (a
# heading listed in the contents must never count against it) and `--outline` reads sensibly.
# Features not named here (what kind of marker, centring, indent, a single word, a quoted
# title, a repeated shape) may go either way.
FOR = {
    "stands_alone", "number_over_title", "underlined", "gap_wide", "gap_like_headings", "no_wide_gaps",
    "all_capitals", "title_case", "capitalised_full_stop", "follows_previous", "starts_at_one",
    "restarts_at_one", "continues_style", "sequence_run", "whole_sequence", "in_contents",
    "under_part", "spaced_like_headings", "between_paragraphs", "article_between_paragraphs",
    "paste_between_paragraphs",
    "prose_follows", "run_in_title", "keyword_with_title",
}
AGAINST = {
    "attached", "attached_alone_in_shape", "ends_clause", "ends_question", "ends_full_stop",
    "dialogue_opener", "two_sentences", "many_words", "prose_length", "code_like",
    "title_sentence", "title_long", "out_of_sequence", "list_like",
    "mid_sentence", "short_run", "before_first_heading", "paragraph_above_open",
    "repeated_text",
}


def fit_stage(rows, labels, groups):
    """A logistic regression with L2 penalty on the features present, each weight held to its
    known sign (L-BFGS-B); returns {"bias", "weights"}."""
    names = sorted({name for row in rows for name in row})
    matrix = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    sample = book_weights(groups)
    signs = np.array([1 if name in FOR else -1 if name in AGAINST else 0 for name in names])

    def loss(params):
        weights, bias = params[:-1], params[-1]
        z = matrix @ weights + bias
        # log(1 + e^-yz) for y in {-1, 1}, computed stably
        y = 2 * labels - 1
        margin = -y * z
        value = np.sum(sample * np.logaddexp(0, margin)) + 0.5 / REGULARISATION * weights @ weights
        probability = 1 / (1 + np.exp(-margin))
        gradient_z = -y * probability * sample
        return value, np.append(matrix.T @ gradient_z + weights / REGULARISATION, gradient_z.sum())

    bounds = [(0, None) if sign > 0 else (None, 0) if sign < 0 else (None, None) for sign in signs]
    bounds.append((None, None))
    result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                      options={"maxiter": 20000, "ftol": 1e-12, "gtol": 1e-8})
    weights_vector, bias = result.x[:-1], result.x[-1]
    scores = matrix @ weights_vector + bias
    threshold = best_threshold(scores, labels)
    weights = {name: round(float(w), DECIMALS) for name, w in zip(names, weights_vector)}
    weights = {name: w for name, w in weights.items() if w != 0}
    return {"bias": round(float(bias) - threshold, DECIMALS), "weights": weights}


def book_weights(groups):
    """Each candidate weighs 1 / sqrt(candidates of its book in this stage), scaled to a mean
    of 1: a long book counts for more than a short one, but not in proportion, so that one
    book's habits (Leviathan's 700 marginal headings) do not set the weights for all."""
    counts = {}
    for group in groups:
        counts[group] = counts.get(group, 0) + 1
    weights = np.array([1 / counts[group] ** BOOK_EXPONENT for group in groups])
    weights *= np.array([CHECKED_WEIGHT if group in CHECKED else 1 for group in groups])
    return weights * len(weights) / weights.sum()


def best_threshold(scores, labels):
    """The score cut that maximises F1 over these candidates (0 when it makes no difference)."""
    order = np.argsort(-scores)
    positives = labels.sum()
    best, best_f1, true_positives = 0.0, -1.0, 0
    for rank, index in enumerate(order):
        true_positives += labels[index]
        f1 = 2 * true_positives / (rank + 1 + positives)
        if f1 > best_f1 + 1e-12:
            next_score = scores[order[rank + 1]] if rank + 1 < len(order) else scores[index] - 1
            best, best_f1 = (scores[index] + next_score) / 2, f1
    return float(best)


def fit(tool, folders, names, records=None):
    """Both stages fitted on the books named; returns the weights as the Swift tool reads them.
    The first dump does not depend on any weights, so one may be passed in for several fits."""
    truth = load_truth(folders)
    paths = [os.path.join(folder, name) for folder, name in books(folders)]
    records = records or dump(tool, paths)
    marked = fit_stage(*examples(records, truth, "marked", names))
    staged = {"marked": marked, "unmarked": {"bias": -100.0, "weights": {}}}
    records = dump(tool, paths, staged)
    unmarked = fit_stage(*examples(records, truth, "unmarked", names))
    return {"marked": marked, "unmarked": unmarked}


def swift_name(feature):
    head, *rest = feature.split("_")
    return head + "".join(word.capitalize() for word in rest)


def swift_table(weights):
    def stage(name, values):
        items = sorted(values["weights"].items())
        lines = [f"        {name}: Stage(", f"            bias: {values['bias']},",
                 "            weights: ["]
        lines += [f"                .{swift_name(feature)}: {weight}," for feature, weight in items]
        lines += ["            ]),"]
        return lines

    lines = [
        "// Generated by `make train` (Training/train_headings.py) from the development corpus:",
        "// do not edit by hand.",
        "",
        "extension HeadingModel {",
        "    /// The weights in use: logistic regressions fitted on the corpus, with each decision",
        "    /// threshold folded into the bias.",
        "    public static let fitted = HeadingModel(",
    ]
    lines += stage("marked", weights["marked"])
    lines += stage("unmarked", weights["unmarked"])
    lines[-1] = lines[-1][:-1] + ")"
    lines += ["}", ""]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    command = args.pop(0)
    options, folders = {}, []
    while args:
        arg = args.pop(0)
        if arg.startswith("--"):
            options[arg] = args.pop(0)
        else:
            folders.append(arg)
    tool = options["--tool"]
    if command == "fit":
        names = {name for _, name in books(folders)}
        weights = fit(tool, folders, names)
        with open(options["--out"], "w") as handle:
            handle.write(swift_table(weights))
        if "--json" in options:
            with open(options["--json"], "w") as handle:
                json.dump(weights, handle, indent=1, sort_keys=True)
        print(f"wrote {options['--out']}: marked {len(weights['marked']['weights'])} weights, "
              f"unmarked {len(weights['unmarked']['weights'])}")
    elif command == "crossval":
        scored = os.path.normpath(options["--score-folder"])
        out = options["--out"]
        os.makedirs(out, exist_ok=True)
        all_books = books(folders)
        held = [name for folder, name in all_books if os.path.normpath(folder) == scored]
        first = dump(tool, [os.path.join(folder, name) for folder, name in all_books])
        for fold in range(FOLDS):
            test = set(held[fold::FOLDS])
            train = {name for _, name in all_books if name not in test}
            weights = fit(tool, folders, train, first)
            path = os.path.join(out, f"fold-{fold + 1}.json")
            with open(path, "w") as handle:
                json.dump(weights, handle, indent=1, sort_keys=True)
            subprocess.run([tool, "convert", "--weights", path, "--output-dir", out]
                           + [os.path.join(scored, name) for name in sorted(test)], check=True)
            print(f"fold {fold + 1}: fitted on {len(train)} books, converted {len(test)} held out")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
