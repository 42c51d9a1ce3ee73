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
use std::time::Instant;

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
        #[arg(required_unless_present = "manifest", value_name = "FILE_OR_FOLDER")]
        inputs: Vec<PathBuf>,
        /// A table of the sources to add with each one's metadata (.csv, .tsv or .json;
        /// columns file, id, title, outlet, url, published, byline; files relative to it).
        #[arg(long, value_name = "FILE", conflicts_with_all = [
            "inputs", "title", "outlet", "url", "published", "byline", "id"
        ])]
        manifest: Option<PathBuf>,
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
    /// Preview the site at http://127.0.0.1:PORT/, rebuilt in memory whenever book.toml,
    /// content/, templates/ or static/ change; open pages reload by themselves. Writes
    /// nothing; Ctrl-C stops it.
    Serve {
        /// The port on 127.0.0.1 (0: any free port).
        #[arg(long, default_value_t = 3000, value_name = "N")]
        port: u16,
        /// Also open the site in the default browser.
        #[arg(long)]
        open: bool,
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
    /// The source's title (default: the page's own title or the text's headline line, or the
    /// file name).
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
    /// Who wrote it (default: the page's author, or the text's "By …" line).
    #[arg(long)]
    byline: Option<String>,
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
            byline: args.byline,
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
    sourcebook::limit_allocator_arenas();
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
            manifest,
            source,
            project,
        } => add(
            &project.project,
            &inputs,
            manifest.as_deref(),
            source.into(),
        ),
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
            if report.up_to_date {
                println!(
                    "up to date: {} files from {} sources ({} claims, {} actors) in {}; nothing \
                     changed since the last build",
                    report.files,
                    report.sources,
                    report.claims,
                    report.actors,
                    report.out.display()
                );
                return Ok(());
            }
            let reused = report.cache.as_ref().map_or(String::new(), |cache| {
                let originals = cache.highlights_reused + cache.highlighted;
                let highlights = if originals == 0 {
                    String::new()
                } else {
                    format!(
                        "; {} of {originals} highlighted HTML originals from the cache",
                        cache.highlights_reused
                    )
                };
                let pages = cache
                    .carried_over
                    .map_or(String::new(), |(carried, pages)| {
                        format!("; {carried} of {pages} pages carried over from the previous site")
                    });
                format!(
                    "; {} of {} analyses from the cache{highlights}{pages}",
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
        Command::Serve {
            port,
            open,
            project,
        } => serve(project.project, port, open),
    }
}

fn serve(root: PathBuf, port: u16, open: bool) -> Result<()> {
    // The changed paths come absolute.
    let project = std::path::absolute(&root).unwrap_or_else(|_| root.clone());
    let build = move |changed: &[PathBuf]| {
        // Editors' scratch files come and go within a save; those still there are news.
        for path in changed.iter().filter(|path| path.exists()) {
            let shown = path.strip_prefix(&project).unwrap_or(path);
            say(format_args!("changed {}", shown.display()));
        }
        let started = Instant::now();
        let built = sourcebook::render_site(&project);
        match &built {
            Ok((site, warnings)) => {
                for warning in warnings {
                    complain(format_args!("warning: {warning}"));
                }
                say(format_args!(
                    "built {} files in {} ms",
                    site.files.len(),
                    started.elapsed().as_millis()
                ));
            }
            Err(error) => complain(format_args!(
                "error: {error}\nthe browser shows this error until a rebuild succeeds"
            )),
        }
        built
    };
    let server = sourcebook::serve::Server::start(&root, port, build)
        .with_context(|| format!("could not serve {}", root.display()))?;
    let url = server.url();
    say(format_args!("serving {url} (Ctrl-C stops)"));
    if open {
        sourcebook::serve::open_in_browser(&url);
    }
    server.wait_for_stop();
    say(format_args!("stopped"));
    Ok(())
}

fn print_cache_notes(cache: Option<&CacheReport>) {
    for note in cache.iter().flat_map(|cache| &cache.notes) {
        eprintln!("note: {note}");
    }
}

/// A line on stdout for a long-running verb, which must go on serving when nobody reads it
/// (`println!` would panic on a closed pipe).
fn say(line: std::fmt::Arguments) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// The same, on stderr.
fn complain(line: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn add(
    root: &Path,
    inputs: &[PathBuf],
    manifest: Option<&Path>,
    mut options: AddOptions,
) -> Result<()> {
    let (files, config) = Project::open(root)?;
    options.default_language = config.book.language.clone();
    let sources_dir = Project::sources_dir(&config, root);
    files.check_folder(&sources_dir)?;
    let existing = Existing::scan(&files, &sources_dir)?;
    let jobs = match manifest {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("could not read the manifest {}", path.display()))?;
            ingest::manifest::read(path, &text, &options, &existing.ids)
                .context("nothing was added")?
        }
        None => {
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
            ingest::jobs_for(&files, &options)?
        }
    };
    let mut progress = progress_bar(jobs.len());
    let ingested =
        ingest::prepare_all(&jobs, &existing, &mut progress).context("nothing was added")?;
    ingest::write_all(&sources_dir, &ingested).context("the source could not be written")?;
    for source in &ingested {
        let metadata_lines = source.dropped.len() - source.meta.dropped;
        println!(
            "added {} ← {}: {} kept, {} dropped, {} used as metadata (see {}.dropped.toml)",
            source.meta.id,
            source.input.display(),
            counted(source.body.split("\n\n").count(), "paragraph"),
            counted(source.meta.dropped, "line"),
            metadata_lines,
            source.meta.id
        );
    }
    Ok(())
}

/// "1 line", "3 lines".
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
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
