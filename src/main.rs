use clap::Parser;

fn main() -> std::process::ExitCode {
    match gazette::cli::Cli::try_parse() {
        Ok(cli) => gazette::cli::run(cli),
        Err(error) => gazette::cli::usage_error(error),
    }
}
