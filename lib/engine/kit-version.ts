// The kit format's version, in a module of its own so data-only code (the starter packs, loaded as an optional
// part of the in-page assistant) can stamp kits without pulling in the schema's validators.
export const KIT_VERSION = 2;
