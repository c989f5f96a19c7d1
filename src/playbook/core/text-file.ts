/** A file to offer for download or copying: its name, its text and its media type. */
export interface TextFile {
  /** A safe file name, with its extension. */
  name: string;
  text: string;
  /** The media type, such as `text/markdown`; plain text when left out. */
  type?: string;
}
