import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import {
  createFileRegistry,
  createMutableRegistry,
  fromBinary,
  type DescFile,
  type DescMessage,
  type FileRegistry,
} from '@bufbuild/protobuf';
import * as wkt from '@bufbuild/protobuf/wkt';

// Confluent's Protobuf serializer writes @bufbuild/protobuf messages, which need compiled descriptors; the
// registry stores .proto text. So tests compile the .proto text here (protobufjs to a FileDescriptorProto,
// then @bufbuild's registry) and hand the serializer real descriptors of exactly that text.

const WKT: Record<string, DescFile | undefined> = {
  'google/protobuf/timestamp.proto': wkt.file_google_protobuf_timestamp,
  'google/protobuf/duration.proto': wkt.file_google_protobuf_duration,
  'google/protobuf/struct.proto': wkt.file_google_protobuf_struct,
  'google/protobuf/wrappers.proto': wkt.file_google_protobuf_wrappers,
  'google/protobuf/any.proto': wkt.file_google_protobuf_any,
};

/** The descriptors of `proto` (file name `name`, importing only well-known types). */
export function compileProto(name: string, proto: string): { files: FileRegistry; messages: DescMessage[] } {
  const parsed = protobuf.parse(proto, { keepCase: true });
  const root = parsed.root;
  for (const imp of parsed.imports ?? []) root.addJSON(protobuf.common.get(imp)!.nested!);
  root.resolveAll();
  const set = (root as unknown as { toDescriptor(s: string): protobuf.Message }).toDescriptor('proto3');
  const bytes = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet.encode(
    set,
  ).finish();
  const fds = fromBinary(wkt.FileDescriptorSetSchema, bytes);
  const file = fds.file.find((f) => f.package === parsed.package)!;
  file.name = name;
  file.dependency = parsed.imports ?? [];
  // protobufjs writes type names relative to their scope; descriptors want them fully qualified.
  const qualify = (msgs: typeof file.messageType, scope: string) => {
    for (const m of msgs) {
      const full = `${scope}.${m.name}`;
      const type = root.lookupType(full.slice(1));
      for (const f of m.field)
        if (f.typeName && !f.typeName.startsWith('.'))
          f.typeName = type.fields[f.name]!.resolvedType!.fullName;
      qualify(m.nestedType, full);
    }
  };
  qualify(file.messageType, `.${parsed.package}`);
  const files = createFileRegistry(file, (dep) => WKT[dep]);
  return { files, messages: [...files].filter((d): d is DescMessage => d.kind === 'message') };
}

/** A registry of these message descriptors, as ProtobufSerializer's `registry` option wants it. */
export const messageRegistry = (messages: DescMessage[]) => createMutableRegistry(...messages);
