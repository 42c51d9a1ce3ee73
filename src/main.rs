//! The command line: parses arguments, calls the library, prints results and errors.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use sourcebook::analyse::cache::CacheReport;
use sourcebook::ingest::{self, AddOptions, Existing};
use sourcebook::load::project::Project;
use sourcebook::model::date::PartialDate;
use sourcebook::CacheMode;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sourcebook",
    version,
    about = "Build static research briefings in which every claim is cited to its source."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct ProjectArg {
    /// The project folder (the one with book.toml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    project: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new project that builds at once.
    Init {
        /// Folder to create the project in (default: the --project folder).
        dir: Option<PathBuf>,
        #[command(flatten)]
        project: ProjectArg,
    },
    /// Ingest plain-text or HTML sources (files or folders) into content/sources/.
    Add {
        /// Files or folders to add (a folder adds its .txt, .md and .html files).
        #[arg(required = true, value_name = "FILE_OR_FOLDER")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
        #[command(flatten)]
        project: ProjectArg,
    },
    /// List the actors found, for curation (--all: also those below the threshold and the
    /// uncertain merges).
    Actors {
        /// Also list candidates below min-mentions and uncertain merges.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        project: ProjectArg,
    },
    /// List the themes with their passages, or propose new ones from the sources
    /// (--suggest), drafting theme files for them (--write).
    Themes {
        /// Propose themes from key phrases ranked across the sources.
        #[arg(long)]
        suggest: bool,
        /// Write each suggestion to content/themes/<slug>.md (never overwrites).
        #[arg(long, requires = "suggest")]
        write: bool,
        /// At most this many suggestions.
        #[arg(long, default_value_t = 8, value_name = "N")]
        limit: usize,
        #[command(flatten)]
        project: ProjectArg,
    },
    /// Verify without publishing: originals' checksums, citations, curation, and every
    /// internal link and anchor; prints every problem and exits non-zero if there is any.
    Check {
        #[command(flatten)]
        cache: CacheArg,
        #[command(flatten)]
        project: ProjectArg,
    },
    /// Build the static site.
    Build {
        /// Output folder (default: build-dir from book.toml).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[command(flatten)]
        cache: CacheArg,
        #[command(flatten)]
        project: ProjectArg,
    },
}

#[derive(Args)]
struct CacheArg {
    /// Analyse every source afresh, neither reading nor writing the build cache
    /// (.sourcebook/cache/ in the project).
    #[arg(long)]
    no_cache: bool,
}

impl CacheArg {
    fn mode(&self) -> CacheMode {
        if self.no_cache {
            CacheMode::Ignore
        } else {
            CacheMode::Use
        }
    }
}

/// What the editor says about the sources being added.
#[derive(Args)]
struct SourceArgs {
    /// The source's title (default: the page's own title, or the file name).
    #[arg(long)]
    title: Option<String>,
    /// The outlet that published it.
    #[arg(long)]
    outlet: Option<String>,
    /// Where it was published on the web.
    #[arg(long)]
    url: Option<String>,
    /// Publication date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_parser = parse_date)]
    published: Option<PartialDate>,
    /// The source id (default: made from the title).
    #[arg(long)]
    id: Option<String>,
    /// Keep every line: do not remove boilerplate.
    #[arg(long)]
    keep_all: bool,
}

impl From<SourceArgs> for AddOptions {
    fn from(args: SourceArgs) -> Self {
        AddOptions {
            title: args.title,
            outlet: args.outlet,
            url: args.url,
            published: args.published,
            id: args.id,
            keep_all: args.keep_all,
            default_language: String::new(),
        }
    }
}

fn parse_date(text: &str) -> Result<PartialDate, String> {
    PartialDate::parse(text)
        .ok_or_else(|| format!("{text:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Init { dir, project } => {
            let dir = dir.map_or(project.project.clone(), |d| project.project.join(d));
            for kept in sourcebook::verbs::init::init(&dir)? {
                println!("kept {} (it exists; not overwritten)", kept.display());
            }
            println!("created a new project in {}", dir.display());
            println!(
                "next: sourcebook add FILE --project {0}; then sourcebook build --project {0}",
                dir.display()
            );
            Ok(())
        }
        Command::Add {
            inputs,
            source,
            project,
        } => add(&project.project, &inputs, source.into()),
        Command::Actors { all, project } => {
            let briefing = sourcebook::brief(Project::load(&project.project)?)?;
            print!("{}", sourcebook::verbs::report::actors(&briefing, all));
            Ok(())
        }
        Command::Themes {
            suggest,
            write,
            limit,
            project,
        } => {
            let loaded = Project::load(&project.project)?;
            let themes_dir = loaded.content_dir().join("themes");
            let briefing = sourcebook::brief(loaded)?;
            if !suggest {
                print!("{}", sourcebook::verbs::report::themes(&briefing));
                return Ok(());
            }
            let suggestions = sourcebook::verbs::suggest::suggest_themes(&briefing, limit);
            print!("{}", sourcebook::verbs::report::suggestions(&suggestions));
            if write {
                for (path, written) in sourcebook::write_theme_drafts(&themes_dir, &suggestions)? {
                    if written {
                        println!("wrote {}", path.display());
                    } else {
                        println!("kept {} (it exists; not overwritten)", path.display());
                    }
                }
            }
            Ok(())
        }
        Command::Check { cache, project } => {
            let report = sourcebook::check(&project.project, cache.mode())?;
            print_cache_notes(report.cache.as_ref());
            let problems = report.problems;
            for problem in &problems {
                eprintln!("problem: {problem}");
            }
            if problems.is_empty() {
                println!(
                    "check passed: sources, originals, citations, curation and links are sound"
                );
                Ok(())
            } else {
                anyhow::bail!(
                    "check found {} problem{}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                )
            }
        }
        Command::Build {
            out,
            cache,
            project,
        } => {
            let report = sourcebook::build(&project.project, out.as_deref(), cache.mode())
                .with_context(|| {
                    format!(
                        "the build of {} failed; the previous site is untouched",
                        project.project.display()
                    )
                })?;
            print_cache_notes(report.cache.as_ref());
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            let reused = report.cache.as_ref().map_or(String::new(), |cache| {
                format!(
                    "; {} of {} analyses from the cache",
                    cache.reused, report.sources
                )
            });
            println!(
                "built {} files from {} sources ({} claims, {} actors{reused}) into {}",
                report.files,
                report.sources,
                report.claims,
                report.actors,
                report.out.display()
            );
            Ok(())
        }
    }
}

fn print_cache_notes(cache: Option<&CacheReport>) {
    for note in cache.iter().flat_map(|cache| &cache.notes) {
        eprintln!("note: {note}");
    }
}

fn add(root: &Path, inputs: &[PathBuf], mut options: AddOptions) -> Result<()> {
    let (files, config) = Project::open(root)?;
    options.default_language = config.book.language.clone();
    let sources_dir = Project::sources_dir(&config, root);
    files.check_folder(&sources_dir)?;
    let existing = Existing::scan(&files, &sources_dir)?;
    let (files, skipped) = ingest::expand_inputs(inputs)?;
    for path in &skipped {
        eprintln!("skipped {} (not a .txt, .md or .html file)", path.display());
    }
    if files.is_empty() {
        anyhow::bail!(
            "no text or HTML files to add in {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut progress = progress_bar(files.len());
    let ingested = ingest::prepare_all(&files, &options, &existing, &mut progress)
        .context("nothing was added")?;
    ingest::write_all(&sources_dir, &ingested).context("the source could not be written")?;
    for source in &ingested {
        println!(
            "added {} ← {}: {} paragraphs kept, {} lines dropped (see {}.dropped.toml)",
            source.meta.id,
            source.input.display(),
            source.body.split("\n\n").count(),
            source.dropped.len(),
            source.meta.id
        );
    }
    Ok(())
}

/// A one-line progress bar on a terminal when many files are added; silent otherwise.
fn progress_bar(total: usize) -> impl FnMut(usize, usize, &Path) {
    let show = total >= 5 && std::io::stderr().is_terminal();
    move |done, total, file| {
        if !show {
            return;
        }
        let width = 30;
        let filled = done * width / total.max(1);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut err = std::io::stderr();
        let _ = write!(
            err,
            "\r[{}{}] {done}/{total} {name:<40.40}",
            "#".repeat(filled),
            " ".repeat(width - filled)
        );
        if done == total {
            let _ = writeln!(err);
        }
        let _ = err.flush();
    }
}
