# Writes the data frames of CooRTweet's example .rda files (nicolarighetti/CooRTweet, MIT) as plain CSV.
# Usage: Rscript coortweet_rda_to_csv.R GIT_DIR OUT_DIR
#   GIT_DIR: bare git dir of nicolarighetti/CooRTweet (read with `git show`, never checked out)
#   OUT_DIR: german_elections_wide.csv (account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp)
#            and russian_coord_tweets.csv (its own columns), unchanged apart from the CSV encoding.
# Needs Debian r-base-core. The CSVs are the dataset's, not ours: keep them out of the repository.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript coortweet_rda_to_csv.R GIT_DIR OUT_DIR")
git_dir <- args[1]
out_dir <- args[2]
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

load_rda <- function(name) {
  tmp <- tempfile(fileext = ".rda")
  status <- system2("git", c("-C", shQuote(git_dir), "show", paste0("HEAD:data/", name, ".rda")), stdout = tmp)
  if (status != 0) stop(paste("git show failed for", name))
  env <- new.env()
  load(tmp, envir = env)
  unlink(tmp)
  get(name, envir = env)
}

write_plain <- function(df, file) {
  # Ids stay text (no scientific notation), missing values become empty cells.
  for (col in names(df)) {
    if (is.factor(df[[col]])) df[[col]] <- as.character(df[[col]])
    if (is.numeric(df[[col]])) df[[col]] <- format(df[[col]], scientific = FALSE, trim = TRUE)
    df[[col]][df[[col]] %in% c("NA")] <- NA
  }
  write.csv(df, file, row.names = FALSE, na = "", fileEncoding = "UTF-8")
  cat(sprintf("%s: %d rows, columns %s\n", file, nrow(df), paste(names(df), collapse = ",")))
}

ge <- load_rda("german_elections")
write_plain(as.data.frame(ge), file.path(out_dir, "german_elections_wide.csv"))
rc <- load_rda("russian_coord_tweets")
write_plain(as.data.frame(rc), file.path(out_dir, "russian_coord_tweets.csv"))
