package org.factsite.values;

import java.io.DataInput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.factsite.model.CompactHtml;

/**
 * Reads what a {@link ValueWriter} wrote: records are made again through their canonical constructors (which
 * check and copy as when first made), lists and maps come back unmodifiable, maps in their order. Only
 * FactSite's own records and enums are made, whatever a damaged or foreign file names.
 */
public final class ValueReader {

    private static final String OWN = "org.factsite.";
    /** Each record class's canonical constructor, looked up once per class. */
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(ValueWriter.COMPONENTS.get(type))
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    private final DataInput in;
    private final List<Class<?>> classes = new ArrayList<>();

    public ValueReader(DataInput in) {
        this.in = in;
    }

    public Object read() throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case ValueWriter.NULL:
                return null;
            case ValueWriter.STRING:
                return text();
            case ValueWriter.INT:
                return in.readInt();
            case ValueWriter.LONG:
                return in.readLong();
            case ValueWriter.DOUBLE:
                return in.readDouble();
            case ValueWriter.TRUE:
                return true;
            case ValueWriter.FALSE:
                return false;
            case ValueWriter.DATE:
                return LocalDate.ofEpochDay(in.readLong());
            case ValueWriter.PATH:
                return Path.of(text());
            case ValueWriter.ENUM:
                return enumValue(type(), text());
            case ValueWriter.RECORD:
                return record(type());
            case ValueWriter.LIST: {
                int n = count();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read());
                }
                return Collections.unmodifiableList(list);
            }
            case ValueWriter.MAP: {
                int n = count();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(read(), read());
                }
                return Collections.unmodifiableMap(map);
            }
            case ValueWriter.EMPTY:
                return Optional.empty();
            case ValueWriter.PRESENT:
                return Optional.of(read());
            case ValueWriter.EMPTY_INT:
                return OptionalInt.empty();
            case ValueWriter.PRESENT_INT:
                return OptionalInt.of(in.readInt());
            case ValueWriter.HTML: {
                int length = in.readInt();
                byte[] stored = new byte[count()];
                in.readFully(stored);
                return CompactHtml.fromStored(stored, length);
            }
            default:
                throw new IOException("damaged value: tag " + tag);
        }
    }

    private Class<?> type() throws IOException {
        int index = in.readInt();
        if (index >= 0) {
            if (index >= classes.size()) {
                throw new IOException("damaged value: class " + index);
            }
            return classes.get(index);
        }
        String name = text();
        if (!name.startsWith(OWN)) {
            throw new IOException("not one of FactSite's values: " + name);
        }
        try {
            Class<?> type = Class.forName(name, false, ValueReader.class.getClassLoader());
            if (!type.isRecord() && !type.isEnum()) {
                throw new IOException("not a record: " + name);
            }
            classes.add(type);
            return type;
        } catch (ClassNotFoundException e) {
            throw new IOException("no such record: " + name, e);
        }
    }

    private Object record(Class<?> type) throws IOException {
        RecordComponent[] components = ValueWriter.COMPONENTS.get(type);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read();
        }
        try {
            return CONSTRUCTORS.get(type).newInstance(values);
        } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
            throw new IOException("cannot make a " + type.getName() + " of what was stored", e);
        } catch (InvocationTargetException e) {
            throw new IOException("a stored " + type.getName() + " is not valid: " + e.getCause(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) throws IOException {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + name + " in " + type.getName(), e);
        }
    }

    private int count() throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("damaged value: count " + n);
        }
        return n;
    }

    private String text() throws IOException {
        byte[] bytes = new byte[count()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
