import { existsSync } from 'node:fs';
import { openStore, type Db } from '../store/db.js';

/**
 * The server's connection to the store. If the file is deleted while the server runs, the next request
 * opens a fresh one (and the page says the earlier results are gone) instead of writing into a ghost file.
 */
export class StoreHandle {
  private db: Db;
  private recreated = false;

  constructor(private readonly path: string) {
    this.db = openStore(path);
  }

  get(): Db {
    if (this.path !== ':memory:' && !existsSync(this.path)) {
      this.db.close();
      this.db = openStore(this.path);
      this.recreated = true;
    }
    return this.db;
  }

  /** True once the database file was found deleted and recreated empty. */
  get wasRecreated(): boolean {
    return this.recreated;
  }

  close(): void {
    this.db.close();
  }
}
