package dev.paytriage.cli;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.model.WireEnum;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Case-insensitive converters for the snake_case enums, with the valid values in the error. */
final class Converters {
    private Converters() {}

    static <E extends Enum<E> & WireEnum> E convert(Class<E> type, String value) {
        E e = WireEnum.parse(type, value);
        if (e == null) {
            throw new TypeConversionException("'" + value + "' is not one of " + names(type));
        }
        return e;
    }

    static <E extends Enum<E> & WireEnum> String names(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList());
    }

    static <E extends Enum<E> & WireEnum> Iterator<String> iterator(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).iterator();
    }

    static final class AudienceConverter implements ITypeConverter<Audience> {
        public Audience convert(String v) {
            return Converters.convert(Audience.class, v);
        }
    }

    static final class TopicConverter implements ITypeConverter<Topic> {
        public Topic convert(String v) {
            return Converters.convert(Topic.class, v);
        }
    }

    static final class LangConverter implements ITypeConverter<Lang> {
        public Lang convert(String v) {
            return Converters.convert(Lang.class, v);
        }
    }

    static final class ChannelConverter implements ITypeConverter<Channel> {
        public Channel convert(String v) {
            return Converters.convert(Channel.class, v);
        }
    }

    static final class AudienceNames implements Iterable<String> {
        public Iterator<String> iterator() {
            return Converters.iterator(Audience.class);
        }
    }

    static final class TopicNames implements Iterable<String> {
        public Iterator<String> iterator() {
            return Converters.iterator(Topic.class);
        }
    }

    static final class LangNames implements Iterable<String> {
        public Iterator<String> iterator() {
            return Converters.iterator(Lang.class);
        }
    }

    static final class ChannelNames implements Iterable<String> {
        public Iterator<String> iterator() {
            return Converters.iterator(Channel.class);
        }
    }
}
