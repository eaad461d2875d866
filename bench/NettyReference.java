import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference for the live broadcast benchmark: the smallest Netty server that does the same broadcast. It accepts
 * WebSockets on {@code /ws} (any query), greets each with a short snapshot message, and on {@code POST
 * /broadcast?size=n} sends every open socket one text message of exactly n bytes, numbered like the live events
 * ({@code {"seq":..,"type":"point","data":{"pad":"..."}}}), then answers with its number. Netty's defaults
 * otherwise (NIO, two event loops per core, pooled buffers; the group writes one shared frame to every channel).
 * Usage: java -cp NETTY bench/NettyReference.java PORT
 */
public class NettyReference {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ChannelGroup sockets = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        AtomicLong seq = new AtomicLong();
        var boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        var workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(io.netty.channel.ChannelOption.SO_BACKLOG, 4096)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65_536),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath("/ws").checkStartsWith(true).build()),
                                new Broadcaster(sockets, seq));
                    }
                }).bind(port).sync();
        System.out.println("reference listening on " + port);
        Thread.currentThread().join();
    }

    static final class Broadcaster extends SimpleChannelInboundHandler<Object> {
        private final ChannelGroup sockets;
        private final AtomicLong seq;

        Broadcaster(ChannelGroup sockets, AtomicLong seq) {
            this.sockets = sockets;
            this.seq = seq;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                sockets.add(ctx.channel());
                ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"snapshot\",\"seq\":" + seq.get() + "}"));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object message) {
            if (!(message instanceof FullHttpRequest request)) {
                return; // frames from clients are not used
            }
            var query = new QueryStringDecoder(request.uri());
            HttpResponseStatus status = HttpResponseStatus.NOT_FOUND;
            String body = "";
            if (query.path().equals("/broadcast") && query.parameters().containsKey("size")) {
                long n = seq.incrementAndGet();
                sockets.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(
                        message(n, Integer.parseInt(query.parameters().get("size").get(0))))));
                status = HttpResponseStatus.OK;
                body = "{\"seq\":" + n + "}";
            }
            var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                    Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            ctx.writeAndFlush(response);
        }

        /** A live event of exactly {@code size} bytes of UTF-8. */
        static byte[] message(long n, int size) {
            String head = "{\"seq\":" + n + ",\"type\":\"point\",\"data\":{\"pad\":\"";
            String tail = "\"}}";
            return (head + "x".repeat(Math.max(0, size - head.length() - tail.length())) + tail)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
