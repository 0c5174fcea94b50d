package dev.errdex.catalog;

/**
 * errdex's own error codes for the catalog and its import ({@code ERR_ERRDEX_1000}-{@code 1099}). Each message says
 * what to do. The registry is kept in one place so that it can be listed as a catalog namespace of its own.
 */
public enum CatalogError implements ErrdexCode {
    // pages of a docs-as-code folder
    NO_FRONT_MATTER(1001, "The page does not start with a front matter block; begin it with a line '---', a title, and"
            + " another '---'."),
    FRONT_MATTER_NOT_CLOSED(1002, "The front matter is never closed; end it with a line '---'."),
    FRONT_MATTER_INVALID(1003, "The front matter is not valid YAML; fix the syntax (see the reason)."),
    NO_CODE_HEADING(1004, "No code heading was found; add a heading '## ERR_<NAMESPACE>_<number>' (or '## Message' with"
            + " the code as the front matter title) above the message."),
    NOT_A_CODE(1005, "The heading or title does not name an error code; write it like ERR_NGROK_8012."),
    CODE_MISMATCH(1006, "The code in the page does not match its file name; rename the file or fix the heading."),
    NO_MESSAGE(1007, "The code heading is followed by no message; write the message text below the heading."),
    DUPLICATE_CODE(1008, "The code is defined twice in this import; keep one definition."),
    UNREADABLE_FILE(1009, "The file cannot be read as UTF-8 text; check its encoding and permissions."),

    // catalog files (JSON, YAML)
    CATALOG_FORMAT(1010, "The file is not an errdex catalog; its first key must be 'format: errdex-catalog/1'."),
    CATALOG_SYNTAX(1011, "The catalog file is not valid JSON or YAML; fix the syntax at the given line."),
    ENTRY_INVALID(1012, "The catalog entry is incomplete or inconsistent; it needs a valid 'code' and a 'message'."),
    FILE_TOO_LARGE(1013, "The file is larger than errdex.catalog.import-max-bytes; split the catalog into smaller files"
            + " or raise the limit."),
    YAML_ANCHOR(1014, "The YAML uses an anchor (&name) or alias (*name) at the given line; errdex does not expand them:"
            + " write the value out in full."),
    LINK_OUTSIDE_ROOT(1015, "The page is a symbolic link to a file outside the imported folder and was not read; copy"
            + " the file into the folder instead."),

    // fix-guide overlays of the bundled catalog
    OVERLAY_MISSING(1020, "A guide overlay named in guides/index.txt does not exist; add the file or remove the line."),
    OVERLAY_UNKNOWN_CODE(1021, "A guide overlay names a code that is not in the catalog; fix the code or remove the"
            + " guide."),
    OVERLAY_INVALID(1022, "A guide overlay is not valid errdex-guides/1; fix the field named in the reason."),
    OVERLAY_DUPLICATE(1023, "Two guide overlays define the same code; merge them into one."),
    BUNDLE_MISSING(1024, "The bundled catalog is missing from the classpath; rebuild errdex."),

    // catalog service
    IMPORT_SOURCE(1030, "The import source is neither a folder of .mdx pages nor a .json/.yaml/.yml catalog file."),
    IMPORT_FAILED(1031, "The import failed and nothing was changed; fix the cause in the reason and import again."),
    UNKNOWN_CODE(1040, "The code is not in the catalog; check the spelling or add the code first."),
    INVALID_CURSOR(1041, "The pagination cursor is not valid; use an endCursor returned by a previous page."),
    INVALID_ARGUMENT(1042, "An argument is out of range; see the reason."),

    // source scan, code areas and the constants importer
    SCAN_ROOT(1060, "The scan root is not a readable folder; give the path of a source tree."),
    NAMESPACE_INVALID(1061, "The namespace is not a code namespace; write it like ERR_ACME (or ACME, read as ERR_ACME):"
            + " ERR, an underscore and one word of letters and digits."),
    SCAN_FAILED(1062, "The source tree could not be read to the end; fix the cause in the reason and scan again."),
    SCAN_OPTION(1063, "A scan option is not valid; see the reason for the accepted values."),
    AREAS_INVALID(1064, "The areas file is not valid; each line must read 'name = FIRST-LAST' with ranges that do not"
            + " overlap."),
    AREA_UNKNOWN(1065, "The area is not in the areas file; use one of the names listed in the reason or add it."),
    AREA_FULL(1066, "Every number of the area's range is taken; widen the range in the areas file or use another"
            + " area."),
    CONSTANTS_FILE(1067, "The file declares no error-code constants; give a Java source file with constants like"
            + " 'public static final int NAME = 1234;'."),
    CONSTANT_DUPLICATE(1068, "Two constants of the file have the same value; the second is left out. Give each code"
            + " its own number."),
    CONSTANT_UNDOCUMENTED(1069, "The constant has neither a message nor a Javadoc comment; document it or give its"
            + " message."),
    CONSTANTS_UNREADABLE(1070, "The constants file cannot be read; check its path and permissions."),
    REPORT_FORMAT(1071, "The report format is not known; use text, json or sarif."),
    REPO_LINK(1072, "The repository link is not valid; give an http(s) repository URL and a ref (branch, tag or"
            + " commit)."),

    // log messages of seeding (informational)
    BUNDLE_ALREADY_SEEDED(1050, "Informational: the database already holds this bundled catalog; nothing was read."),
    BUNDLE_SEEDED(1051, "Informational: the bundled catalog was loaded; edited entries were left alone.");

    /** The namespace of errdex's own codes. */
    public static final String NAMESPACE = "ERR_ERRDEX";

    private final int number;
    private final String advice;

    CatalogError(int number, String advice) {
        this.number = number;
        this.advice = advice;
    }

    @Override
    public int number() {
        return number;
    }

    /** What the error means and what to do about it. */
    @Override
    public String template() {
        return advice;
    }

    /** Same as {@link #template()}. */
    public String advice() {
        return advice;
    }
}
